import { z } from "zod";
import { msg } from "@/i18n/message";
import { typedText } from "@/lib/text";

export const termNameSchema = z
  .unknown()
  .refine((v) => typeof v === "string", msg("taxonomy.errors.nameRequired"))
  .pipe(typedText(msg("taxonomy.errors.name"), 60))
  .pipe(z.string().min(1, msg("taxonomy.errors.nameRequired")));

export const termSchema = z.object({ name: termNameSchema });
