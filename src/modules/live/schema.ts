import { z } from "zod";
import { msg } from "@/i18n/message";
import { typedText } from "@/lib/text";
import { singleLine } from "@/lib/validation";

// A ticker entry: short rich text (the article body's rules), an optional
// quote with its speaker, and whether it is a key event readers should not
// miss. The summary is a few lines the desk keeps current at the top.

export const ENTRY_TEXT_MAX = 3000;
export const QUOTE_MAX = 400;
export const SUMMARY_MAX = 1200;
/** How often readers' pages ask for news: the desk slows it under load, without a deploy. */
export const POLL_CHOICES = [1500, 5000, 10_000, 30_000, 60_000] as const;

export const entryInput = z.object({
  body: z.unknown(),
  quote: typedText(msg("live.errors.quote"), QUOTE_MAX, "lines").optional().default(""),
  quoteBy: singleLine(msg("live.errors.quoteBy"), 120).optional().default(""),
  keyEvent: z.boolean({ message: msg("live.errors.keyEvent") }).optional().default(false),
});

export const summaryInput = typedText(msg("live.errors.summary"), SUMMARY_MAX, "lines");

export const pollInput = z.coerce
  .number({ message: msg("live.errors.poll") })
  .refine((v) => (POLL_CHOICES as readonly number[]).includes(v), msg("live.errors.poll"));
