// Live tickers on a real database: entries are checked by the article body's
// rules with messages that name the field, an edit names its version (a stale
// one is refused and changes nothing), a closed ticker takes no entries, and
// every change expires the ticker's own tag plus the page of a published article.
import { fieldsInEnglish } from "@/i18n/testing";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
// Next's data cache needs a running server; here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));
const { db } = await import("@/lib/db");
const { startTicker, postEntry, updateEntry, deleteEntry, closeTicker, updateSummary, setPollInterval } = await import("./service");
const { getLiveFeed } = await import("./queries");
const { makeActor } = await import("../auth/actor");
const { ConflictError } = await import("@/lib/errors");
type ValidationError = import("@/lib/errors").ValidationError;

const text = (t: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: t }] }] });
let editor: Awaited<ReturnType<typeof makeActor>>;
let articleId = "";
let draftId = "";

beforeAll(async () => {
  const user = await db.user.create({ data: { name: "Eva Editor", email: "eva@example.org", role: "EDITOR", passwordHash: "x" } });
  editor = makeActor({ id: user.id, role: "EDITOR", name: user.name, email: user.email, ip: "127.0.0.1" });
  const section = await db.section.create({ data: { name: "Politik", slug: "politik" } });
  const base = { teaser: "Vorspann", body: "{}", authorId: user.id, sectionId: section.id };
  articleId = (await db.article.create({ data: { ...base, headline: "Gipfel live", slug: "gipfel-live", status: "PUBLISHED", publishedAt: new Date(Date.now() - 1000) } })).id;
  draftId = (await db.article.create({ data: { ...base, headline: "Entwurf live", slug: "entwurf-live" } })).id;
});

const fields = async (work: Promise<unknown>) => fieldsInEnglish(((await work.catch((e: unknown) => e)) as ValidationError).fieldErrors);

describe("live tickers", () => {
  it("posts, edits and deletes entries newest first; each change expires the ticker and the published page", async () => {
    // Starting it also changes its teasers (the LIVE mark): the lists go too.
    expect((await startTicker(editor, articleId)).invalidate).toEqual([`ticker:${articleId}`, "article:politik/gipfel-live", "articles:published"]);
    const a = await postEntry(editor, articleId, { body: text("Die Delegationen treffen ein.") });
    const b = await postEntry(editor, articleId, { body: text("Einigung!"), keyEvent: true, quote: "Wir haben es geschafft", quoteBy: "Die Kommissionspräsidentin" });
    expect(b.invalidate).toEqual([`ticker:${articleId}`, "article:politik/gipfel-live"]);
    let feed = await getLiveFeed(articleId);
    expect(feed?.entries.map((e) => e.text)).toEqual(["Einigung!", "Die Delegationen treffen ein."]);
    expect(feed?.entries[0]).toMatchObject({ keyEvent: true, quoteBy: "Die Kommissionspräsidentin", author: "Eva Editor" });
    const rev = feed!.rev;
    await updateEntry(editor, a.id, a.version, { body: text("Die Delegationen sind da.") });
    await deleteEntry(editor, b.id, b.version);
    feed = await getLiveFeed(articleId);
    expect(feed?.entries.map((e) => e.text)).toEqual(["Die Delegationen sind da."]);
    expect(feed?.rev).not.toBe(rev);
    expect(await db.auditEvent.count({ where: { action: { startsWith: "live." } } })).toBe(5);
  });

  it("names what is wrong and stores nothing", async () => {
    const before = await db.liveEntry.count();
    expect((await fields(postEntry(editor, articleId, { body: text("   ") }))).body).toEqual(["Text: write what happened (or add a quote or a picture)."]);
    expect((await fields(postEntry(editor, articleId, { body: text("x".repeat(3001)) }))).body?.[0]).toMatch(/at most 3000 characters/);
    expect((await fields(postEntry(editor, articleId, { body: { type: "doc", content: [{ type: "script" }] } }))).body?.[0]).toMatch(/not allowed/);
    expect((await fields(postEntry(editor, articleId, { body: text("Zitat folgt"), quoteBy: "Jemand" }))).quote).toEqual(["Quote: write the quote, or leave “Quote by” empty."]);
    expect((await fields(setPollInterval(editor, articleId, 7))).pollMs).toEqual(["Readers ask every: pick one of the choices."]);
    expect(await db.liveEntry.count()).toBe(before);
  });

  it("refuses a stale edit or summary with a conflict and keeps what is stored", async () => {
    const e = await postEntry(editor, articleId, { body: text("Erste Fassung") });
    await updateEntry(editor, e.id, e.version, { body: text("Zweite Fassung") });
    await expect(updateEntry(editor, e.id, e.version, { body: text("Veraltet") })).rejects.toBeInstanceOf(ConflictError);
    await updateSummary(editor, articleId, { summary: "Punkt eins", version: 1 });
    await expect(updateSummary(editor, articleId, { summary: "Veraltet", version: 1 })).rejects.toBeInstanceOf(ConflictError);
    const feed = await getLiveFeed(articleId);
    expect(feed?.summary).toBe("Punkt eins");
    expect(feed?.entries[0]?.text).toBe("Zweite Fassung");
  });

  it("a closed ticker takes no entries and tells readers to stop; a draft's ticker is not shown to readers", async () => {
    expect((await closeTicker(editor, articleId)).invalidate).toContain("articles:published");
    await expect(postEntry(editor, articleId, { body: text("Zu spät") })).rejects.toBeInstanceOf(ConflictError);
    expect(await getLiveFeed(articleId)).toMatchObject({ live: false });
    expect((await startTicker(editor, draftId)).invalidate).toEqual([`ticker:${draftId}`]);
    await postEntry(editor, draftId, { body: text("Noch geheim") });
    expect(await getLiveFeed(draftId)).toBeNull();
  });
});
