// The Content API's OpenAPI 3.1 document, generated from the zod schemas the
// routes answer with (./schema.ts): a field added there is documented here
// by the same change.
import { z } from "zod";
import {
  API_BASE,
  ARTICLE_FIELDS,
  articleListSchema,
  articleOneSchema,
  articleQuerySchema,
  authorListSchema,
  imageOneSchema,
  pageListSchema,
  problemSchema,
  sectionListSchema,
  tagListSchema,
} from "./schema";

const COMPONENTS = ["Image", "ImageVariant", "Section", "Tag", "Author", "Article", "ArticleList", "ArticleOne", "SectionList", "TagList", "AuthorList", "ImageOne", "Page", "PageList", "Problem"];
// Referenced so the schemas are registered (their .meta({ id }) puts them in zod's global registry).
void [articleListSchema, articleOneSchema, authorListSchema, imageOneSchema, pageListSchema, problemSchema, sectionListSchema, tagListSchema];

type Json = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function components(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}`, io: "output" }) as { schemas: Record<string, Json> };
  const out: Record<string, Json> = {};
  for (const id of COMPONENTS) {
    const schema = { ...schemas[id] };
    delete schema.$schema;
    delete schema.$id;
    out[id] = schema;
  }
  return out;
}

function queryParameters(shape: Record<string, z.ZodType>, descriptions: Record<string, string>) {
  return Object.entries(shape).map(([name, schema]) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
    delete json.$schema;
    return { name, in: "query", required: false, description: descriptions[name] ?? "", schema: json };
  });
}

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const errors = {
  "400": problem("A parameter is wrong; `errors` names it."),
  "401": problem("No API key, or a revoked one."),
  "429": { ...problem("Over the key's requests per minute."), headers: { "Retry-After": { description: "Seconds until the next request may be made.", schema: { type: "integer" } } } },
};
const ok = (id: string, description: string) => ({
  "200": {
    description,
    headers: { ETag: { description: "Send it back as If-None-Match: unchanged content answers 304.", schema: { type: "string" } } },
    content: { "application/json": { schema: ref(id) } },
  },
  "304": { description: "Not modified since the ETag sent in If-None-Match." },
});
const fieldsParameter = { name: "fields", in: "query", required: false, description: `Only these fields, comma-separated: ${ARTICLE_FIELDS.join(", ")}.`, schema: { type: "string" } };
const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });

export function openApiDocument(siteUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Redaktion Content API",
      version: "1.0.0",
      description:
        "Published content only: drafts, scheduled, unpublished and trashed articles never appear. Send a key as `Authorization: Bearer rk_…` (administrators make keys in the newsroom). Answers carry an ETag and may be cached by a CDN for a minute.",
    },
    servers: [{ url: `${siteUrl}${API_BASE}` }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A Content API key (rk_…)." } }, schemas: components() },
    paths: {
      "/articles": {
        get: {
          operationId: "listArticles",
          summary: "Published articles, newest first; with updated_since, oldest change first (for syncing).",
          parameters: queryParameters(articleQuerySchema.shape as unknown as Record<string, z.ZodType>, {
            section: "A section's slug (politik).",
            tag: "A tag's slug.",
            author: "An author's slug or id.",
            updated_since: "Only articles changed at or after this moment (ISO 8601); orders by change, oldest first.",
            limit: "Articles per page, 1–100 (default 20).",
            cursor: "The `next` value of the previous page.",
            fields: `Only these fields, comma-separated: ${ARTICLE_FIELDS.join(", ")}.`,
          }),
          responses: { ...ok("ArticleList", "A page of articles."), ...errors },
        },
      },
      "/articles/{id}": {
        get: { operationId: "getArticle", summary: "One published article by id.", parameters: [pathParameter("id", "The article's id."), fieldsParameter], responses: { ...ok("ArticleOne", "The article."), ...errors, "404": problem("No published article has this id.") } },
      },
      "/articles/by-path/{section}/{slug}": {
        get: {
          operationId: "getArticleByPath",
          summary: "The published article a reader URL /{section}/{slug} shows.",
          parameters: [pathParameter("section", "The section's slug."), pathParameter("slug", "The article's slug."), fieldsParameter],
          responses: { ...ok("ArticleOne", "The article."), ...errors, "404": problem("No published article at this address.") },
        },
      },
      "/sections": { get: { operationId: "listSections", summary: "The sections, in the site's order.", responses: { ...ok("SectionList", "Every section."), ...errors } } },
      "/tags": { get: { operationId: "listTags", summary: "Tags on published articles.", responses: { ...ok("TagList", "Tags, A–Z."), ...errors } } },
      "/pages": { get: { operationId: "listPages", summary: "The site's published standalone pages (Impressum, Datenschutz …), footer order first.", responses: { ...ok("PageList", "Every published page."), ...errors } } },
      "/authors": { get: { operationId: "listAuthors", summary: "People in the byline of published articles.", responses: { ...ok("AuthorList", "Authors, A–Z."), ...errors } } },
      "/images/{id}": {
        get: { operationId: "getImage", summary: "An image's public variants, if published content shows it.", parameters: [pathParameter("id", "The image's id.")], responses: { ...ok("ImageOne", "The image."), ...errors, "404": problem("No published content shows this image.") } },
      },
    },
  };
}
