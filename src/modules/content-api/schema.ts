// The Content API's shapes, once: the routes build their answers through these
// zod schemas, and the OpenAPI document (./openapi.ts) is generated from the
// same schemas, so the description cannot drift from what is sent.
import { z } from "zod";
import { isStorableDateTime } from "@/lib/dates";

export const API_BASE = "/api/content/v1";

const variant = z.object({ width: z.number().int(), url: z.string(), type: z.string() }).meta({ id: "ImageVariant" });

export const imageSchema = z
  .object({
    id: z.string(),
    alt: z.string().meta({ description: "Alternative text, German." }),
    caption: z.string(),
    credit: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    variants: z.object({
      wide: z.array(variant).meta({ description: "16:9 crops around the focal point, AVIF and WebP." }),
      square: z.array(variant).meta({ description: "1:1 crops around the focal point." }),
      full: z.array(variant).meta({ description: "The whole picture in several widths." }),
      share: z.string().meta({ description: "1200×630 JPEG for social networks." }),
    }),
  })
  .meta({ id: "Image", description: "A library image's public variants (absolute URLs)." });

export const sectionSchema = z.object({ id: z.string(), name: z.string(), slug: z.string(), url: z.string() }).meta({ id: "Section" });
export const tagSchema = z.object({ id: z.string(), name: z.string(), slug: z.string() }).meta({ id: "Tag" });
export const authorSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string().nullable(), url: z.string().nullable(), bio: z.string(), image: imageSchema.nullable() })
  .meta({ id: "Author" });

const bylineEntry = z.object({ id: z.string(), name: z.string(), url: z.string().nullable() });

export const ARTICLE_FIELDS = [
  "id",
  "url",
  "section",
  "slug",
  "kicker",
  "headline",
  "dateline",
  "credit",
  "teaser",
  "seoTitle",
  "seoDescription",
  "publishedAt",
  "updatedAt",
  "correction",
  "byline",
  "tags",
  "leadImage",
  "body",
] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

export const articleSchema = z
  .object({
    id: z.string(),
    url: z.string().meta({ description: "The canonical reader URL." }),
    section: sectionSchema,
    slug: z.string(),
    kicker: z.string(),
    headline: z.string(),
    dateline: z.string(),
    credit: z.string().meta({ description: "Whose copy it is (\"dpa\"); the HTML body prints it after the dateline." }),
    teaser: z.string(),
    seoTitle: z.string(),
    seoDescription: z.string(),
    publishedAt: z.string().meta({ format: "date-time" }),
    updatedAt: z.string().meta({ format: "date-time" }),
    correction: z.object({ note: z.string(), at: z.string().meta({ format: "date-time" }) }).nullable(),
    byline: z.array(bylineEntry),
    tags: z.array(tagSchema),
    leadImage: imageSchema.nullable(),
    body: z.object({
      blocks: z.record(z.string(), z.unknown()).meta({ description: "The body as the block registry's JSON document (type: doc)." }),
      html: z.string().meta({ description: "The body as sanitised HTML (only the registry's elements)." }),
    }),
  })
  .partial()
  .meta({ id: "Article", description: "A published article. With ?fields=…, only the fields asked for are present." });

const page = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), next: z.string().nullable().meta({ description: "The cursor for the next page; null on the last." }) }).meta({ id });

export const articleListSchema = page(articleSchema, "ArticleList");
export const articleOneSchema = z.object({ data: articleSchema }).meta({ id: "ArticleOne" });
export const pageSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    url: z.string().meta({ description: "The page's reader URL (/impressum)." }),
    inFooter: z.boolean().meta({ description: "Linked in the footer of every reader page." }),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    body: z.object({
      blocks: z.record(z.string(), z.unknown()).meta({ description: "The body as the block registry's JSON document (type: doc)." }),
      html: z.string().meta({ description: "The body as sanitised HTML (only the registry's elements)." }),
    }),
  })
  .meta({ id: "Page" });
export const pageListSchema = z.object({ data: z.array(pageSchema) }).meta({ id: "PageList" });
export const sectionListSchema = z.object({ data: z.array(sectionSchema) }).meta({ id: "SectionList" });
export const tagListSchema = z.object({ data: z.array(tagSchema) }).meta({ id: "TagList" });
export const authorListSchema = z.object({ data: z.array(authorSchema) }).meta({ id: "AuthorList" });
export const imageOneSchema = z.object({ data: imageSchema }).meta({ id: "ImageOne" });

export const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), errors: z.record(z.string(), z.array(z.string())).optional() })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });

const shortText = (name: string, max: number) => z.string().max(max, `${name}: at most ${max} characters.`);

/** The list's query, checked: a wrong value is a 400 that names the parameter. */
export const articleQuerySchema = z.object({
  section: shortText("section", 100).optional(),
  tag: shortText("tag", 100).optional(),
  author: shortText("author", 100).optional(),
  updated_since: z
    .string()
    .refine(isStorableDateTime, "updated_since: an ISO 8601 date-time, e.g. 2026-12-01T08:00:00Z.")
    .optional(),
  limit: z.coerce.number({ error: "limit: a whole number from 1 to 100." }).int("limit: a whole number from 1 to 100.").min(1, "limit: a whole number from 1 to 100.").max(100, "limit: a whole number from 1 to 100.").default(20),
  cursor: shortText("cursor", 200).optional(),
  fields: z
    .string()
    .max(500, "fields: at most 500 characters.")
    .refine((v) => v.split(",").every((f) => (ARTICLE_FIELDS as readonly string[]).includes(f.trim())), `fields: a comma-separated list of ${ARTICLE_FIELDS.join(", ")}.`)
    .optional(),
});
export type ArticleQuery = z.infer<typeof articleQuerySchema>;

/** ?fields= on the single-article routes. */
export const fieldsQuerySchema = z.object({ fields: articleQuerySchema.shape.fields.transform((v) => v?.split(",").map((f) => f.trim() as ArticleField)) });
