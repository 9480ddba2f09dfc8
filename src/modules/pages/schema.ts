import { z } from "zod";
import { msg } from "@/i18n/message";
import { singleLine } from "@/lib/validation";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../articles/slug";

export const PAGE_TITLE_MAX = 120;

/** What the page form sends. The body is checked by the article body's registry (parseBody) in the service. */
export const pageInput = z.object({
  title: singleLine(msg("pages.fields.title"), PAGE_TITLE_MAX).refine((v) => v.length > 0, msg("pages.errors.titleEmpty")),
  // Empty: made from the title.
  slug: z
    .string()
    .trim()
    .max(MAX_SLUG_LENGTH, msg("pages.errors.slugInvalid"))
    .optional()
    .default("")
    .refine((v) => v === "" || SLUG_PATTERN.test(v), msg("pages.errors.slugInvalid")),
  body: z.unknown(),
  inFooter: z.boolean().optional().default(false),
  footerOrder: z.coerce.number().int(msg("pages.errors.footerOrder")).min(0, msg("pages.errors.footerOrder")).max(99, msg("pages.errors.footerOrder")).optional().default(0),
});

export type PageInput = z.output<typeof pageInput>;
