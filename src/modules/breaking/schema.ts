import { z } from "zod";
import { singleLine } from "@/lib/validation";

export const BREAKING_TEXT_MAX = 140;

/** What the newsroom form sends: the line, where it leads (an article or an address), and when it ends. */
export const breakingInput = z
  .object({
    text: singleLine("Text", BREAKING_TEXT_MAX).refine((v) => v.length > 0, "Text: write the one line readers see."),
    articleId: z.string().trim().max(64).optional().default(""),
    href: z
      .string()
      .trim()
      .max(500, "Link: at most 500 characters.")
      .optional()
      .default("")
      .refine((v) => v === "" || /^\/[^/\\]/.test(v) || /^https:\/\/[^\s]+$/.test(v), "Link: an address on this site (/politik/…) or a full https:// address."),
    endsAt: z
      .string()
      .trim()
      .optional()
      .default("")
      .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Ends at: not a date and time."),
  })
  .refine((v) => v.articleId !== "" || v.href !== "", { message: "Link: pick an article or give an address.", path: ["href"] });
