import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle, updateArticle } = await import("./service");
const { publishArticle, unpublishArticle } = await import("./transitions");
const { readerPathFate } = await import("./reader-paths");
const { invalidateTags } = await import("@/lib/cache");
const { searchIndex } = await import("../infrastructure");
const search = searchIndex();
const { makeActor } = await import("../auth/actor");

let sectionId = "";
let editor: Awaited<ReturnType<typeof makeEditor>>;
async function makeEditor() {
  const user = await db.user.create({ data: { name: "Ed", email: "ed@example.org", role: "EDITOR", passwordHash: "x" } });
  return makeActor({ id: user.id, role: "EDITOR", name: user.name, email: user.email, ip: "127.0.0.1" });
}
const fields = (headline: string, over: Record<string, unknown> = {}) => ({
  kicker: "",
  headline,
  teaser: "Der Kreml bestätigte das Telefonat.",
  sectionId,
  slug: "",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Ein Absatz über den Ukraine-Krieg." }] }] },
  ...over,
});

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
  editor = await makeEditor();
});

describe("addresses that moved or went away", () => {
  it("a published article whose slug changes leaves a 308 behind; a draft's does not", async () => {
    let { article } = await createArticle(editor, fields("Alter Titel"));
    ({ article } = await updateArticle(editor, article, fields("Alter Titel", { slug: "entwurfs-adresse" })));
    expect(await db.redirect.count({ where: { fromPath: "/politik/alter-titel" } })).toBe(0);
    ({ article } = await publishArticle(editor, article));
    ({ article } = await updateArticle(editor, article, fields("Neuer Titel", { slug: "neue-adresse" })));
    expect(await readerPathFate("politik", "entwurfs-adresse")).toEqual({ kind: "moved", to: "/politik/neue-adresse" });
    expect(await readerPathFate("politik", "neue-adresse")).toBeNull();
    expect(await readerPathFate("politik", "gibt-es-nicht")).toBeNull();
    // Unpublished: the current address is gone (410), and the old one no longer redirects,
    // from the moment the write expires its tags (as every action does) — the memo is emptied too.
    const unpublished = await unpublishArticle(editor, article);
    expect(await readerPathFate("politik", "neue-adresse")).toBeNull(); // still remembered…
    invalidateTags(unpublished.invalidate);
    expect(await readerPathFate("politik", "neue-adresse")).toEqual({ kind: "gone" });
    expect(await readerPathFate("politik", "entwurfs-adresse")).toBeNull();
  });

  it("a never-published draft's address is simply unknown (404), not gone", async () => {
    const { article } = await createArticle(editor, fields("Nie erschienen"));
    expect(await readerPathFate("politik", article.slug)).toBeNull();
  });
});

describe("search index, kept in the write's transaction", () => {
  it("holds published articles only: prefix, case and umlaut-insensitive", async () => {
    const { article } = await createArticle(editor, fields("Außenminister in Brüssel"));
    expect((await search.search("aussenminister", { limit: 10, offset: 0 })).total).toBe(0);
    const published = await publishArticle(editor, article);
    for (const query of ["ukrain", "KREML", "außenmin", "brussel"]) {
      const result = await search.search(query, { limit: 10, offset: 0 });
      expect(result.hits.map((h) => h.articleId), query).toContain(article.id);
    }
    const { hits } = await search.search("kreml", { limit: 10, offset: 0 });
    expect(hits.find((h) => h.articleId === article.id)?.snippet).toContain("\u0002Kreml\u0003");
    await unpublishArticle(editor, published.article);
    expect((await search.search("außenmin", { limit: 10, offset: 0 })).hits.map((h) => h.articleId)).not.toContain(article.id);
    // Belt and braces: even a stale index row is never shown, because the reader query filters to published.
    expect(await db.article.count({ where: { id: article.id, status: "PUBLISHED" } })).toBe(0);
  });

  it("treats FTS syntax in the query as words", async () => {
    await expect(search.search('Kreml" OR NEAR(', { limit: 10, offset: 0 })).resolves.toBeDefined();
  });
});

describe("what an article's change expires", () => {
  it("names the ticker feed with the page whenever the article is or was visible, and nothing for a draft that stays unseen", async () => {
    const { tagsForArticleChange, TAGS } = await import("./cache-tags");
    const at = (status: string, slug = "gipfel") => ({ id: "a1", status, slug, sectionSlug: "politik" });
    for (const [before, after] of [["DRAFT", "PUBLISHED"], ["PUBLISHED", "UNPUBLISHED"], ["PUBLISHED", "TRASHED"], ["PUBLISHED", "PUBLISHED"], ["SCHEDULED", "PUBLISHED"]] as const) {
      expect(tagsForArticleChange(at(before), at(after)), `${before} → ${after}`).toEqual(expect.arrayContaining([TAGS.ticker("a1"), TAGS.articlePath("politik", "gipfel"), TAGS.publishedList]));
    }
    expect(tagsForArticleChange(at("PUBLISHED"), at("UNPUBLISHED"))).toContain(TAGS.withdrawn);
    expect(tagsForArticleChange(at("DRAFT"), at("IN_REVIEW"))).toEqual([]);
  });
});
