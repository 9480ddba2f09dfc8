import { z } from "zod";
import { msg } from "@/i18n/message";
import { hasUnsafeAddressCharacter } from "@/lib/text";
import { singleLine } from "@/lib/validation";

export const BREAKING_TEXT_MAX = 140;

/** What the newsroom form sends: the line, where it leads (an article or an address), and when it ends. */
export const breakingInput = z
  .object({
    text: singleLine(msg("breaking.errors.text"), BREAKING_TEXT_MAX).refine((v) => v.length > 0, msg("breaking.errors.textEmpty")),
    articleId: z.string().trim().max(64).optional().default(""),
    href: z
      .string()
      .trim()
      .max(500, msg("breaking.errors.linkMax"))
      .optional()
      .default("")
      // Control characters and white space first: a browser drops them, and "/\t/evil.example" becomes "//evil.example".
      .refine((v) => !hasUnsafeAddressCharacter(v), msg("breaking.errors.linkInvalid"))
      .refine((v) => v === "" || /^\/[^/\\]/.test(v) || /^https:\/\/[^\s]+$/.test(v), msg("breaking.errors.linkInvalid")),
    endsAt: z
      .string()
      .trim()
      .optional()
      .default("")
      .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), msg("breaking.errors.endsInvalid")),
  })
  .refine((v) => v.articleId !== "" || v.href !== "", { message: msg("breaking.errors.linkMissing"), path: ["href"] });
