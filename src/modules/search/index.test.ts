import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { RANKED_WINDOW } = await import("./sqlite");
const { searchIndex } = await import("../infrastructure");
// Whichever index the database has: FTS5 on SQLite, tsvector under npm run test:postgres.
const search = searchIndex();

const N = RANKED_WINDOW + 130;
beforeAll(async () => {
  await db.$transaction(async (tx) => {
    for (let i = 0; i < N; i++) {
      // Every 10th article has the word in its headline; the rest only in the body.
      const inHeadline = i % 10 === 0;
      await search.upsert(tx, { articleId: `a${i}`, headline: inHeadline ? `Gipfel in Brüssel ${i}` : `Meldung ${i}`, teaser: "", body: `Text über den Gipfel, Nummer ${i}.` });
    }
  });
}, 60_000);

describe("search over more matches than the ranked window", () => {
  it("ranks the newest matches by relevance and lists the older ones newest first, each exactly once", async () => {
    const first = await search.search("gipfel", { limit: 20, offset: 0 });
    expect(first.total).toBe(N);
    // Headline hits first, and only from the newest RANKED_WINDOW articles.
    const ids = first.hits.map((h) => Number(h.articleId.slice(1)));
    expect(ids.every((i) => i % 10 === 0 && i >= N - RANKED_WINDOW)).toBe(true);

    const seen: string[] = [];
    for (let offset = 0; offset < N; offset += 30) {
      const page = await search.search("gipfel", { limit: 30, offset });
      seen.push(...page.hits.map((h) => h.articleId));
    }
    expect(seen).toHaveLength(N);
    expect(new Set(seen).size).toBe(N);
    // Past the window: the older matches, newest first.
    const tail = seen.slice(RANKED_WINDOW).map((id) => Number(id.slice(1)));
    expect(tail).toEqual([...tail].sort((a, b) => b - a));
    expect(Math.max(...tail)).toBe(N - RANKED_WINDOW - 1);
  });

  it("ranks everything when the matches fit the window", async () => {
    const few = await search.search("nummer 1000", { limit: 5, offset: 0 });
    expect(few.total).toBeGreaterThan(0);
    expect(few.hits[0]?.snippet).toContain("1000");
  });
});

describe("German spellings find each other", () => {
  beforeAll(async () => {
    await db.$transaction(async (tx) => {
      await search.upsert(tx, { articleId: "s1", headline: "Sperrung der Straßenbahn", teaser: "", body: "Die Straßen bleiben zu." });
      await search.upsert(tx, { articleId: "s2", headline: "Gespräche in Genf", teaser: "", body: "Die Gespräche dauern an." });
      await search.upsert(tx, { articleId: "s3", headline: "Interview mit Anna Mueller", teaser: "", body: "Mueller sagt, die Strasse sei gesperrt." });
    });
  });
  const found = async (query: string) => (await search.search(query, { limit: 10, offset: 0 })).hits.map((h) => h.articleId).sort();

  it("ß and ss, both ways", async () => {
    expect(await found("Strasse")).toEqual(["s1", "s3"]);
    expect(await found("Straße")).toEqual(["s1", "s3"]);
  });
  it("ä/ö/ü and ae/oe/ue, both ways", async () => {
    expect(await found("Gespraeche")).toEqual(["s2"]);
    expect(await found("Gespräche")).toEqual(["s2"]);
    expect(await found("Müller")).toEqual(["s3"]);
    expect(await found("Mueller")).toEqual(["s3"]);
  });
  it("the snippet shows the article's own spelling, marked", async () => {
    const [hit] = (await search.search("Gespraeche", { limit: 1, offset: 0 })).hits;
    expect(hit?.snippet).toMatch(/\u0002Gespräche\u0003/);
  });
});
