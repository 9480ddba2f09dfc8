import { beforeAll, describe, expect, it, vi } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// The Content API called as a client would: real route handlers, a real
// database, keys made through the service. Every endpoint is asked about
// content in every state; only published content may ever come back.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { makeActor } = await import("../auth/actor");
const { createArticle, publishArticle, updateArticle } = await import("../articles/service");
const { trashArticle, unpublishArticle, scheduleArticle } = await import("../articles/transitions");
const { createApiKey, revokeApiKey } = await import("./keys");
const { invalidateTags } = await import("@/lib/cache");
const { openApiDocument } = await import("./openapi");
const { articleListSchema, articleOneSchema, authorListSchema, tagListSchema, sectionListSchema, imageOneSchema } = await import("./schema");
const articles = await import("../../../app/api/content/v1/articles/route");
const one = await import("../../../app/api/content/v1/articles/[id]/route");
const byPath = await import("../../../app/api/content/v1/articles/by-path/[section]/[slug]/route");
const sections = await import("../../../app/api/content/v1/sections/route");
const tags = await import("../../../app/api/content/v1/tags/route");
const authors = await import("../../../app/api/content/v1/authors/route");
const images = await import("../../../app/api/content/v1/images/[id]/route");

const BASE = "http://localhost:3000/api/content/v1";
let key = "";
let admin: Awaited<ReturnType<typeof makeActor>>;
let politik = "";
let kultur = "";
const ids: Record<string, string> = {};

const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const body = (doc: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: doc }] }] });

async function article(headline: string, sectionId: string, tagIds: string[] = []) {
  return (await createArticle(admin, { kicker: "", headline, teaser: "Ein Vorspann.", sectionId, slug: "", tagIds, body: body(`Text von ${headline} <script>alert(1)</script>`) })).article;
}

beforeAll(async () => {
  const user = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.org", role: "ADMIN", passwordHash: "x", slug: "ada-admin" } });
  admin = makeActor({ id: user.id, role: "ADMIN", name: user.name, email: user.email, ip: "127.0.0.1" });
  politik = (await db.section.create({ data: { name: "Politik", slug: "politik", position: 0 } })).id;
  kultur = (await db.section.create({ data: { name: "Kultur", slug: "kultur", position: 1 } })).id;
  const eu = await db.tag.create({ data: { name: "EU", slug: "eu" } });
  const geheim = await db.tag.create({ data: { name: "Nur im Entwurf", slug: "nur-im-entwurf" } });
  const image = await db.mediaAsset.create({ data: { id: "aaaaaaaaaaaaaaaaaaaaaaaa", placeholder: "", fileName: "gipfel.jpg", type: "image/jpeg", bytes: 1000, width: 2000, height: 1200, alt: "Der Gipfel", caption: "Brüssel", credit: "dpa", uploadedById: user.id } });
  const secret = await db.mediaAsset.create({ data: { id: "bbbbbbbbbbbbbbbbbbbbbbbb", placeholder: "", fileName: "entwurf.jpg", type: "image/jpeg", bytes: 1000, width: 800, height: 600, alt: "Nur im Entwurf", uploadedById: user.id } });

  for (const [name, headline, section, tagIds] of [
    ["published1", "Gipfel in Brüssel", politik, [eu.id]],
    ["published2", "Theaterpremiere", kultur, []],
    ["published3", "Haushalt beschlossen", politik, [eu.id]],
  ] as const) {
    const a = await article(headline, section, [...tagIds]);
    ids[name] = (await publishArticle(admin, { id: a.id, version: a.version })).article.id;
  }
  await db.article.update({ where: { id: ids.published1 }, data: { leadImageId: image.id } });
  const draft = await article("Geheimer Entwurf", politik, [geheim.id]);
  ids.draft = draft.id;
  await db.article.update({ where: { id: draft.id }, data: { leadImageId: secret.id } });
  const scheduled = await article("Geplant für morgen", politik);
  ids.scheduled = (await scheduleArticle(admin, { id: scheduled.id, version: scheduled.version }, new Date(Date.now() + 86_400_000).toISOString())).article.id;
  const gone = await article("Zurückgezogen", politik);
  const goneLive = (await publishArticle(admin, { id: gone.id, version: gone.version })).article;
  ids.unpublished = (await unpublishArticle(admin, { id: goneLive.id, version: goneLive.version })).article.id;
  const trashed = await article("Im Papierkorb", politik);
  const trashedLive = (await publishArticle(admin, { id: trashed.id, version: trashed.version })).article;
  ids.trashed = (await trashArticle(admin, { id: trashedLive.id, version: trashedLive.version })).article.id;
  ids.image = image.id;
  ids.secretImage = secret.id;
  key = (await createApiKey(admin, { name: "App", corsOrigins: "https://app.zeitung.example", rateLimit: 600 })).key;
});

const hidden = ["draft", "scheduled", "unpublished", "trashed"];

describe("the Content API's keys", () => {
  it("answers 401 as problem+json without a key, with a wrong one, and with a revoked one", async () => {
    for (const request of [new Request(`${BASE}/articles`), get("/articles", { authorization: "Bearer rk_wrong" })]) {
      const res = await articles.GET(request);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ status: 401, title: "Unauthorized" });
    }
    const made = await createApiKey(admin, { name: "Kurzlebig" });
    expect((await articles.GET(get("/articles", { authorization: `Bearer ${made.key}` }))).status).toBe(200);
    // As the revoke action does: the tag makes every server forget the key it keeps in memory.
    invalidateTags((await revokeApiKey(admin, made.row.id)).invalidate);
    expect((await articles.GET(get("/articles", { authorization: `Bearer ${made.key}` }))).status).toBe(401);
    const stored = await db.apiKey.findUnique({ where: { id: made.row.id } });
    expect(stored?.hash).not.toContain(made.key);
    expect(stored?.lastUsedAt).not.toBeNull();
  });

  it("limits each key's requests per minute with 429 and Retry-After", async () => {
    const slow = await createApiKey(admin, { name: "Sparsam", rateLimit: 10 });
    const call = () => sections.GET(get("/sections", { authorization: `Bearer ${slow.key}` }));
    for (let i = 0; i < 10; i++) expect((await call()).status).toBe(200);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429 });
  });
});

describe("published content only", () => {
  it("lists published articles newest first and never a draft, scheduled, unpublished or trashed one", async () => {
    const res = await articles.GET(get("/articles?limit=100"));
    expect(res.status).toBe(200);
    const list = articleListSchema.parse(await res.json());
    expect(list.data.map((a) => a.headline)).toEqual(["Haushalt beschlossen", "Theaterpremiere", "Gipfel in Brüssel"]);
    for (const name of hidden) expect(list.data.map((a) => a.id)).not.toContain(ids[name]);
  });

  it("answers 404 for every hidden article, by id and by path", async () => {
    for (const name of hidden) {
      const row = await db.article.findUniqueOrThrow({ where: { id: ids[name] }, include: { section: true } });
      expect((await one.GET(get(`/articles/${row.id}`), params({ id: row.id }))).status, name).toBe(404);
      expect((await byPath.GET(get(`/articles/by-path/${row.section.slug}/${row.slug}`), params({ section: row.section.slug, slug: row.slug }))).status, name).toBe(404);
    }
  });

  it("gives an article with byline, tags, lead image variants, canonical URL and the body as blocks and sanitised HTML", async () => {
    const res = await one.GET(get(`/articles/${ids.published1}`), params({ id: ids.published1! }));
    const { data } = articleOneSchema.parse(await res.json());
    expect(data.url).toMatch(/^https?:\/\/[^/]+\/politik\/gipfel-in-bruessel$/);
    expect(data.byline).toEqual([{ id: admin.id, name: "Ada Admin", url: expect.stringMatching(/\/autor\/ada-admin$/) }]);
    expect(data.tags).toEqual([expect.objectContaining({ name: "EU", slug: "eu" })]);
    expect(data.leadImage?.variants.wide.length).toBeGreaterThan(0);
    expect(data.leadImage?.variants.share).toMatch(/^https?:\/\/.+\.jpg$/);
    expect(data.body?.blocks).toMatchObject({ type: "doc" });
    expect(data.body?.html).toBe("<p>Text von Gipfel in Brüssel &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    const path = await byPath.GET(get("/articles/by-path/politik/gipfel-in-bruessel"), params({ section: "politik", slug: "gipfel-in-bruessel" }));
    expect((await path.json()).data.id).toBe(ids.published1);
  });

  it("keeps tags, authors and images of unpublished content out", async () => {
    const tagList = tagListSchema.parse(await (await tags.GET(get("/tags"))).json());
    expect(tagList.data.map((t) => t.slug)).toEqual(["eu"]);
    const people = authorListSchema.parse(await (await authors.GET(get("/authors"))).json());
    expect(people.data.map((a) => a.name)).toEqual(["Ada Admin"]);
    const sectionList = sectionListSchema.parse(await (await sections.GET(get("/sections"))).json());
    expect(sectionList.data.map((s) => s.slug)).toEqual(["politik", "kultur"]);
    const image = await images.GET(get(`/images/${ids.image}`), params({ id: ids.image! }));
    expect(imageOneSchema.parse(await image.json()).data.alt).toBe("Der Gipfel");
    expect((await images.GET(get(`/images/${ids.secretImage}`), params({ id: ids.secretImage! }))).status).toBe(404);
  });
});

describe("filters, fields and pages", () => {
  it("filters by section, tag, author and updated_since, and names a wrong parameter", async () => {
    const headlines = async (q: string) => ((await (await articles.GET(get(`/articles?${q}`))).json()) as { data: { headline: string }[] }).data.map((a) => a.headline);
    expect(await headlines("section=kultur")).toEqual(["Theaterpremiere"]);
    expect(await headlines("tag=eu")).toEqual(["Haushalt beschlossen", "Gipfel in Brüssel"]);
    expect(await headlines("author=ada-admin")).toHaveLength(3);
    expect(await headlines("tag=nur-im-entwurf")).toEqual([]);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(await headlines(`updated_since=${encodeURIComponent(later)}`)).toEqual([]);
    const bad = await articles.GET(get("/articles?limit=500&fields=headline,password"));
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors).sort()).toEqual(["fields", "limit"]);
  });

  it("answers far dates and over-long parameters with a 400 in words that names the parameter, never a 500 or a message key", async () => {
    for (const since of ["+010000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "-271821-04-20T00:00:00Z", "10000-01-01", "2026-02-30T25:00:00Z"]) {
      const res = await articles.GET(get(`/articles?updated_since=${encodeURIComponent(since)}`));
      expect(res.status, since).toBe(400);
      expect(((await res.json()) as { errors: Record<string, string[]> }).errors.updated_since, since).toBeDefined();
    }
    // A cursor that holds such a date (made by hand) is not one this API gave out.
    const forged = Buffer.from(JSON.stringify({ t: "+010000-01-01T00:00:00Z", id: "x" })).toString("base64url");
    expect((await articles.GET(get(`/articles?cursor=${forged}`))).status).toBe(400);
    for (const name of ["author", "section", "tag", "cursor"]) {
      const res = await articles.GET(get(`/articles?${name}=${"x".repeat(300)}`));
      expect(res.status, name).toBe(400);
      const text = await res.text();
      expect(text, name).not.toContain("i18n:");
      expect(text, name).toContain(`${name}: at most`);
    }
  });

  it("returns only the fields asked for", async () => {
    const res = await articles.GET(get("/articles?fields=id,headline&limit=1"));
    expect(((await res.json()) as { data: object[] }).data[0]).toEqual({ id: expect.any(String), headline: "Haushalt beschlossen" });
  });

  it("pages with a cursor that stays stable while articles are published", async () => {
    const first = (await (await articles.GET(get("/articles?limit=2&fields=id"))).json()) as { data: { id: string }[]; next: string };
    expect(first.data).toHaveLength(2);
    // Published between the two pages: it shows before page 1, never inside page 2.
    const fresh = await article("Eilig dazwischen", politik);
    await publishArticle(admin, { id: fresh.id, version: fresh.version });
    const second = (await (await articles.GET(get(`/articles?limit=2&fields=id&cursor=${first.next}`))).json()) as { data: { id: string }[]; next: string | null };
    expect(second.data.map((a) => a.id)).toEqual([ids.published1]);
    expect(second.next).toBeNull();
    expect((await articles.GET(get("/articles?cursor=not-ours"))).status).toBe(400);
  });

  it("syncs by change time: a correction brings the article back after updated_since", async () => {
    const since = new Date().toISOString();
    const current = await db.article.findUniqueOrThrow({ where: { id: ids.published2 } });
    await updateArticle(admin, { id: current.id, version: current.version }, { kicker: "", headline: current.headline, teaser: "Korrigierter Vorspann.", sectionId: kultur, slug: current.slug, tagIds: [], body: body("Korrigiert.") });
    const res = (await (await articles.GET(get(`/articles?updated_since=${encodeURIComponent(since)}&fields=id,teaser`))).json()) as { data: { id: string; teaser: string }[] };
    expect(res.data).toEqual([{ id: ids.published2, teaser: "Korrigierter Vorspann." }]);
  });
});

describe("HTTP", () => {
  it("answers 304 to a known ETag, and a CDN may keep answers a minute", async () => {
    const res = await sections.GET(get("/sections"));
    const etag = res.headers.get("etag")!;
    expect(res.headers.get("cache-control")).toMatch(/public.*s-maxage=60/);
    expect(res.headers.get("vary")).toBe("Authorization, Origin");
    const again = await sections.GET(get("/sections", { "if-none-match": etag }));
    expect(again.status).toBe(304);
  });

  it("lets the key's browser origins call (CORS), and no others", async () => {
    const allowed = await sections.GET(get("/sections", { origin: "https://app.zeitung.example" }));
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.zeitung.example");
    const other = await sections.GET(get("/sections", { origin: "https://evil.example" }));
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await sections.OPTIONS(new Request(`${BASE}/sections`, { method: "OPTIONS", headers: { origin: "https://app.zeitung.example" } }));
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
  });
});

describe("answers kept in memory", () => {
  it("serves one answer to every key until a change is invalidated, as every write does", async () => {
    const other = (await createApiKey(admin, { name: "Newsletter" })).key;
    const first = await one.GET(get(`/articles/${ids.published3}?fields=id,headline`), params({ id: ids.published3! }));
    expect(first.status).toBe(200);
    const live = await db.article.findUniqueOrThrow({ where: { id: ids.published3 } });
    const off = await unpublishArticle(admin, { id: live.id, version: live.version });
    // Another key, the same address, before the change is announced: the kept answer (with its own rate headers).
    const kept = await one.GET(get(`/articles/${ids.published3}?fields=id,headline`, { authorization: `Bearer ${other}` }), params({ id: ids.published3! }));
    expect(kept.status).toBe(200);
    expect(kept.headers.get("x-ratelimit-limit")).toBe("600");
    // What the action wrapper does after every write: from now on the change shows.
    invalidateTags(off.invalidate);
    expect((await one.GET(get(`/articles/${ids.published3}?fields=id,headline`), params({ id: ids.published3! }))).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and describes every route with the schemas the answers follow", async () => {
    const doc = openApiDocument("https://zeitung.example");
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(Object.keys(doc.paths).sort()).toEqual(["/articles", "/articles/by-path/{section}/{slug}", "/articles/{id}", "/authors", "/images/{id}", "/pages", "/sections", "/tags"]);
    const article = doc.components.schemas.Article as { properties: Record<string, unknown> };
    expect(Object.keys(article.properties)).toContain("body");
  });
});
