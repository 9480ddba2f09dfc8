import { z } from "zod";
import { typedText } from "@/lib/text";

export const termNameSchema = z
  .unknown()
  .refine((v) => typeof v === "string", "Name is required.")
  .pipe(typedText("Name", 60))
  .pipe(z.string().min(1, "Name is required."));

export const termSchema = z.object({ name: termNameSchema });
