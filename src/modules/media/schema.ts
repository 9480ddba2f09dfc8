// Image details as the library form and the server check them.
import { msg } from "@/i18n/message";
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf, singleLine } from "@/lib/validation";
import { MEDIA_ID } from "../articles/body";

export const MEDIA_LIMITS = { alt: 300, caption: 600, credit: 120 } as const;

const text = singleLine;

export const mediaDetailsSchema = z.object({
  alt: text(msg("media.field.alt"), MEDIA_LIMITS.alt),
  caption: text(msg("media.field.caption"), MEDIA_LIMITS.caption).default(""),
  credit: text(msg("media.field.credit"), MEDIA_LIMITS.credit).default(""),
});
export type MediaDetails = z.output<typeof mediaDetailsSchema>;

const fraction = (axis: string) =>
  z.number({ error: msg("media.errors.focalNumber", { axis }) }).min(0, msg("media.errors.focalMin", { axis })).max(1, msg("media.errors.focalMax", { axis }));
export const focalSchema = z.object({ x: fraction("X"), y: fraction("Y") });

export const mediaRefSchema = z.object({
  id: z.string().regex(MEDIA_ID, msg("media.errors.noImage")),
  version: z.number().int().min(1),
});
export type MediaRef = z.infer<typeof mediaRefSchema>;

export function checkMediaDetails(input: unknown): { ok: true; data: MediaDetails } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = mediaDetailsSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}
