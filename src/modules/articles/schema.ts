// One schema for the article form and the server: the client checks with it for
// instant feedback, the service checks again because the client is not trusted.
import { z } from "zod";
import { MEDIA_ID, parseBody, type BodyDoc } from "./body";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug";
import type { FieldErrors } from "@/lib/errors";
import { typedText } from "@/lib/text";
import { fieldErrorsOf, singleLine } from "@/lib/validation";

export const LIMITS = { kicker: 80, headline: 200, teaser: 600, dateline: 60, tags: 20, related: 5, seoTitle: 110, seoDescription: 300, updateNote: 500 } as const;

const line = singleLine;

export const articleFieldsSchema = z.object({
  kicker: line("Kicker", LIMITS.kicker),
  headline: line("Headline", LIMITS.headline),
  teaser: typedText("Teaser", LIMITS.teaser, "lines"),
  dateline: line("Dateline", LIMITS.dateline).default(""),
  seoTitle: line("SEO title", LIMITS.seoTitle).default(""),
  seoDescription: line("SEO description", LIMITS.seoDescription).default(""),
  updateNote: line("Update note", LIMITS.updateNote).default(""),
  sectionId: z.string({ error: "Choose a section." }).min(1, "Choose a section.").max(64),
  tagIds: z
    .array(z.string().min(1).max(64), { error: "Tags must be a list." })
    .max(LIMITS.tags, `Tags: at most ${LIMITS.tags}.`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  // "Mehr zum Thema", picked by the editor. Left out (older clients): the picks stay as they are.
  relatedIds: z
    .array(z.string().min(1).max(64), { error: "More on the topic must be a list." })
    .max(LIMITS.related, `More on the topic: at most ${LIMITS.related} articles.`)
    .transform((ids) => [...new Set(ids)])
    .optional(),
  slug: z
    .string({ error: "Slug must be text." })
    .trim()
    .max(MAX_SLUG_LENGTH, `Slug: at most ${MAX_SLUG_LENGTH} characters.`)
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "Slug: use lower-case letters, digits and single dashes only (e.g. trump-geht-auf-putin-zu)."),
  leadImageId: z
    .string({ error: "Lead image: choose it from the media library." })
    .regex(MEDIA_ID, "Lead image: choose it from the media library.")
    .nullable()
    .default(null),
  body: z.unknown(),
});

export type ArticleFields = Omit<z.output<typeof articleFieldsSchema>, "body"> & { body: BodyDoc };

export const articleRefSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.number({ error: "The article version is missing; reload the page." }).int().min(1),
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
  if (!article.headline.trim()) errors.headline = ["A headline is required to publish."];
  if (!article.teaser.trim()) errors.teaser = ["A teaser is required to publish."];
  if (!article.slug.trim()) errors.slug = ["A slug is required to publish."];
  return Object.keys(errors).length > 0 ? errors : null;
}
