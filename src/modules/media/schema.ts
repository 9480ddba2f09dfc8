// Image details as the library form and the server check them.
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf, singleLine } from "@/lib/validation";
import { MEDIA_ID } from "../articles/body";

export const MEDIA_LIMITS = { alt: 300, caption: 600, credit: 120 } as const;

const text = singleLine;

export const mediaDetailsSchema = z.object({
  alt: text("Alt text", MEDIA_LIMITS.alt),
  caption: text("Caption", MEDIA_LIMITS.caption).default(""),
  credit: text("Credit", MEDIA_LIMITS.credit).default(""),
});
export type MediaDetails = z.output<typeof mediaDetailsSchema>;

const fraction = (axis: string) =>
  z.number({ error: `Focal point ${axis}: a number from 0 to 100 %.` }).min(0, `Focal point ${axis}: at least 0 %.`).max(1, `Focal point ${axis}: at most 100 %.`);
export const focalSchema = z.object({ x: fraction("X"), y: fraction("Y") });

export const mediaRefSchema = z.object({
  id: z.string().regex(MEDIA_ID, "The request does not name an image."),
  version: z.number().int().min(1),
});
export type MediaRef = z.infer<typeof mediaRefSchema>;

export function checkMediaDetails(input: unknown): { ok: true; data: MediaDetails } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = mediaDetailsSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
