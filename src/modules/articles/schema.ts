// One schema for the article form and the server: the client checks with it for
// instant feedback, the service checks again because the client is not trusted.
import { z } from "zod";
import { MEDIA_ID, parseBody, type BodyDoc } from "./body";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug";
import type { FieldErrors } from "@/lib/errors";
import { msg } from "@/i18n/message";
import { typedText } from "@/lib/text";
import { fieldErrorsOf, singleLine } from "@/lib/validation";

export const LIMITS = { kicker: 80, headline: 200, teaser: 600, dateline: 60, credit: 40, tags: 20, related: 5, seoTitle: 110, seoDescription: 300, updateNote: 500 } as const;

const line = singleLine;

export const articleFieldsSchema = z.object({
  kicker: line(msg("articles.field.kicker"), LIMITS.kicker),
  headline: line(msg("articles.field.headline"), LIMITS.headline),
  teaser: typedText(msg("articles.field.teaser"), LIMITS.teaser, "lines"),
  dateline: line(msg("articles.field.dateline"), LIMITS.dateline).default(""),
  credit: line(msg("articles.field.credit"), LIMITS.credit).default(""),
  seoTitle: line(msg("articles.field.seoTitle"), LIMITS.seoTitle).default(""),
  seoDescription: line(msg("articles.field.seoDescription"), LIMITS.seoDescription).default(""),
  updateNote: line(msg("articles.field.updateNote"), LIMITS.updateNote).default(""),
  sectionId: z.string({ error: msg("articles.errors.chooseSection") }).min(1, msg("articles.errors.chooseSection")).max(64),
  tagIds: z
    .array(z.string().min(1).max(64), { error: msg("articles.errors.tagsList") })
    .max(LIMITS.tags, msg("articles.errors.tagsMax", { max: LIMITS.tags }))
    .default([])
    .transform((ids) => [...new Set(ids)]),
  // "Mehr zum Thema", picked by the editor. Left out (older clients): the picks stay as they are.
  relatedIds: z
    .array(z.string().min(1).max(64), { error: msg("articles.errors.relatedList") })
    .max(LIMITS.related, msg("articles.errors.relatedMax", { max: LIMITS.related }))
    .transform((ids) => [...new Set(ids)])
    .optional(),
  slug: z
    .string({ error: msg("articles.errors.slugText") })
    .trim()
    .max(MAX_SLUG_LENGTH, msg("articles.errors.slugMax", { max: MAX_SLUG_LENGTH }))
    .refine((s) => s === "" || SLUG_PATTERN.test(s), msg("articles.errors.slugPattern")),
  leadImageId: z
    .string({ error: msg("articles.errors.leadImage") })
    .regex(MEDIA_ID, msg("articles.errors.leadImage"))
    .nullable()
    .default(null),
  body: z.unknown(),
});

export type ArticleFields = Omit<z.output<typeof articleFieldsSchema>, "body"> & { body: BodyDoc };

export const articleRefSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.number({ error: msg("articles.errors.versionMissing") }).int().min(1),
});
export type ArticleRef = z.infer<typeof articleRefSchema>;

export type FieldCheck<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/** Validates what the form sends: every field, and the body against the block registry. */
export function checkArticleFields(input: unknown): FieldCheck<ArticleFields> {
  const parsed = articleFieldsSchema.safeParse(input);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const body = parseBody(input && typeof input === "object" && "body" in input ? input.body : undefined);
  if (!body.ok) fieldErrors.body = [body.message];
  if (!parsed.success || !body.ok) return { ok: false, fieldErrors };
  return { ok: true, data: { ...parsed.data, body: body.body } };
}

/** What must be filled in before an article can go out to readers. */
export function checkPublishable(article: { headline: string; teaser: string; slug: string }): FieldErrors | null {
  const errors: FieldErrors = {};
  if (!article.headline.trim()) errors.headline = [msg("articles.errors.headlineRequired")];
  if (!article.teaser.trim()) errors.teaser = [msg("articles.errors.teaserRequired")];
  if (!article.slug.trim()) errors.slug = [msg("articles.errors.slugRequired")];
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * A published article's working copy as stored (src/modules/articles/working-copy.ts),
 * checked again: a row written by an older version, or by hand, reads as none.
 */
export function workingCopyOf(a: { status: string; workingCopy: unknown }): ArticleFields | null {
  if (a.status !== "PUBLISHED" || a.workingCopy === null || a.workingCopy === undefined) return null;
  const check = checkArticleFields(a.workingCopy);
  return check.ok ? check.data : null;
}
