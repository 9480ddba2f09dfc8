import { z } from "zod";

export const termNameSchema = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(60, "Name: at most 60 characters.");

export const termSchema = z.object({ name: termNameSchema });
