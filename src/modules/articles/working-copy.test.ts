import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// Published means published: an autosave of a live article changes nothing a
// reader, the Content API or a partner can see, until "Update".
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle, updateArticle, publishArticle, unpublishArticle, discardWorkingCopy, restoreRevision } = await import("./service");
const { getArticleForEditing, getPublishedArticle } = await import("./queries");
const { getApiArticle } = await import("../content-api/queries");
const { searchIndex } = await import("../infrastructure");
const { makeActor } = await import("../auth/actor");
const { ConflictError } = await import("@/lib/errors");

let sectionId = "";
let editor: ReturnType<typeof makeActor>;
let endpointId = "";

const body = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const fields = (over: Record<string, unknown> = {}) => ({ kicker: "", headline: "Gipfel in Brüssel", teaser: "Die erste Fassung.", sectionId, slug: "", tagIds: [], body: body("Live-Text."), ...over });
const events = () => db.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" }, select: { event: true, payload: true } });

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
  const user = await db.user.create({ data: { name: "Erika Editor", email: "erika@example.org", role: "EDITOR", passwordHash: "x" } });
  editor = makeActor({ id: user.id, role: "EDITOR", name: user.name, email: user.email, ip: "127.0.0.1" });
  endpointId = (await db.webhookEndpoint.create({ data: { name: "Partner", url: "https://93.184.216.34/hook", secret: "whsec_x", events: "article.published,article.updated,article.unpublished" } })).id;
});

async function published(headline: string) {
  const draft = (await createArticle(editor, fields({ headline }))).article;
  return (await publishArticle(editor, { id: draft.id, version: draft.version })).article;
}

describe("a published article's working copy", () => {
  it("takes the autosaves: readers, search, the Content API and partners see the live text until Update", async () => {
    const live = await published("Gipfel vertagt");
    const sentBefore = (await events()).length;
    const saved = await updateArticle(editor, { id: live.id, version: live.version }, fields({ headline: "Gipfel vertagt", slug: live.slug, teaser: "Halb getippte Korrektur", body: body("Entwurf der Korrektur.") }), { autosave: true });
    expect(saved.invalidate).toEqual([]); // no cache anywhere to expire
    expect(saved.article.teaser).toBe("Halb getippte Korrektur");
    expect(saved.article.workingCopy).toMatchObject({ byName: "Erika Editor", inReview: false });

    const row = await db.article.findUniqueOrThrow({ where: { id: live.id } });
    expect(row.teaser).toBe("Die erste Fassung.");
    expect((await getPublishedArticle("politik", live.slug))?.teaser).toBe("Die erste Fassung.");
    expect(JSON.stringify(await getApiArticle(live.id))).not.toContain("Halb getippte");
    expect((await searchIndex().search("getippte", { limit: 10, offset: 0 })).total).toBe(0);
    expect((await events()).length).toBe(sentBefore);

    // The editor opens it again and finds the working copy, plainly marked.
    const reopened = await getArticleForEditing(editor, live.id);
    expect(reopened).toMatchObject({ teaser: "Halb getippte Korrektur", workingCopy: { at: expect.any(String) } });
    // The history keeps what was typed.
    expect((await db.articleRevision.findFirstOrThrow({ where: { articleId: live.id }, orderBy: { version: "desc" } })).teaser).toBe("Halb getippte Korrektur");

    // "Update": live, with its revision, one webhook, and the working copy done.
    const updated = await updateArticle(editor, { id: live.id, version: reopened.version }, fields({ headline: "Gipfel vertagt", slug: live.slug, teaser: "Die korrigierte Fassung.", body: body("Korrigiert."), updateNote: "Zahl korrigiert." }));
    expect(updated.invalidate.length).toBeGreaterThan(0);
    expect(updated.article.workingCopy).toBeNull();
    expect((await getPublishedArticle("politik", live.slug))?.teaser).toBe("Die korrigierte Fassung.");
    expect((await db.articleRevision.findFirstOrThrow({ where: { articleId: live.id }, orderBy: { version: "desc" } })).kind).toBe("UPDATE");
    const sent = (await events()).slice(sentBefore);
    expect(sent.map((e) => e.event)).toEqual(["article.updated"]);
    expect(sent[0]!.payload).toContain("Die korrigierte Fassung.");
  });

  it("can be thrown away: the live text stays and nobody hears of it", async () => {
    const live = await published("Verwerfen");
    const saved = await updateArticle(editor, { id: live.id, version: live.version }, fields({ headline: "Verwerfen!", slug: live.slug }), { autosave: true });
    const sentBefore = (await events()).length;
    const discarded = await discardWorkingCopy(editor, { id: live.id, version: saved.article.version });
    expect(discarded.invalidate).toEqual([]);
    expect(discarded.article).toMatchObject({ headline: "Verwerfen", workingCopy: null });
    expect((await events()).length).toBe(sentBefore);
    expect((await db.articleRevision.findFirstOrThrow({ where: { articleId: live.id }, orderBy: { version: "desc" } })).kind).toBe("DISCARD");
    await expect(discardWorkingCopy(editor, { id: live.id, version: discarded.article.version })).rejects.toBeInstanceOf(ConflictError);
  });

  it("checks the version like every write: a stale autosave is a conflict and changes nothing", async () => {
    const live = await published("Veraltet");
    await updateArticle(editor, { id: live.id, version: live.version }, fields({ headline: "Erste", slug: live.slug }), { autosave: true });
    await expect(updateArticle(editor, { id: live.id, version: live.version }, fields({ headline: "Zweite", slug: live.slug }), { autosave: true })).rejects.toBeInstanceOf(ConflictError);
    expect((await getArticleForEditing(editor, live.id)).headline).toBe("Erste");
  });

  it("goes with the article into its own text when it leaves the site, and a restored revision lands in it", async () => {
    const live = await published("Zurückgezogen");
    const first = await updateArticle(editor, { id: live.id, version: live.version }, fields({ headline: "Zurückgezogen, neu", slug: live.slug }), { autosave: true });
    const restoredFrom = await db.articleRevision.findFirstOrThrow({ where: { articleId: live.id, kind: "CREATE" } });
    const restored = await restoreRevision(editor, { id: live.id, version: first.article.version }, restoredFrom.id);
    expect(restored.invalidate).toEqual([]);
    expect(restored.article.headline).toBe("Zurückgezogen");
    expect((await db.article.findUniqueOrThrow({ where: { id: live.id } })).workingCopy).not.toBeNull();
    const again = await updateArticle(editor, { id: live.id, version: restored.article.version }, fields({ headline: "Zuletzt getippt", slug: live.slug }), { autosave: true });
    const off = await unpublishArticle(editor, { id: live.id, version: again.article.version });
    expect(off.article).toMatchObject({ status: "UNPUBLISHED", headline: "Zuletzt getippt", workingCopy: null });
    expect(await db.article.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({ headline: "Zuletzt getippt", workingCopy: null });
  });

  it("waits in the review queue like a draft: an author submits changes, the editor sends them back or updates them live", async () => {
    const { submitForReview, requestChanges, withdrawFromReview } = await import("./transitions");
    const { listReviewQueue } = await import("./queries");
    const user = await db.user.create({ data: { name: "Anton Autor", email: "anton@example.org", role: "AUTHOR", passwordHash: "x" } });
    const author = makeActor({ id: user.id, role: "AUTHOR", name: user.name, email: user.email, ip: "127.0.0.1" });
    const draft = (await createArticle(author, fields({ headline: "Eigener Artikel" }))).article;
    const live = (await publishArticle(author, { id: draft.id, version: draft.version })).article;
    // Nothing to submit yet.
    await expect(submitForReview(author, { id: live.id, version: live.version }, "")).rejects.toBeInstanceOf(ConflictError);
    const changed = await updateArticle(author, { id: live.id, version: live.version }, fields({ headline: "Eigener Artikel", slug: live.slug, teaser: "Bitte prüfen." }), { autosave: true });
    expect(changed.article.transitions).toContain("submit");
    const submitted = await submitForReview(author, { id: live.id, version: changed.article.version }, "Zahl geändert, bitte prüfen");
    expect(submitted.invalidate).toEqual([]);
    expect(submitted.article).toMatchObject({ status: "PUBLISHED", workingCopy: { inReview: true } });
    expect(submitted.article.transitions).toContain("withdraw");
    expect((await listReviewQueue(editor)).find((r) => r.id === live.id)).toMatchObject({ changesToLive: true, submittedBy: "Anton Autor", note: "Zahl geändert, bitte prüfen" });

    const back = await requestChanges(editor, { id: live.id, version: submitted.article.version }, "Quelle fehlt");
    expect(back.article.workingCopy).toMatchObject({ inReview: false });
    expect((await listReviewQueue(editor)).some((r) => r.id === live.id)).toBe(false);
    const again = await submitForReview(author, { id: live.id, version: back.article.version }, "");
    const withdrawn = await withdrawFromReview(author, { id: live.id, version: again.article.version });
    const resubmitted = await submitForReview(author, { id: live.id, version: withdrawn.article.version }, "");
    // The editor's "Update" approves them: live, out of the queue, an APPROVED note.
    const opened = await getArticleForEditing(editor, live.id);
    await updateArticle(editor, { id: live.id, version: resubmitted.article.version }, fields({ headline: opened.headline, slug: opened.slug, teaser: opened.teaser }));
    expect((await getPublishedArticle("politik", live.slug))?.teaser).toBe("Bitte prüfen.");
    expect((await listReviewQueue(editor)).some((r) => r.id === live.id)).toBe(false);
    expect(await db.articleNote.findMany({ where: { articleId: live.id }, orderBy: { createdAt: "asc" }, select: { kind: true } })).toEqual([
      { kind: "SUBMITTED" },
      { kind: "CHANGES_REQUESTED" },
      { kind: "SUBMITTED" },
      { kind: "SUBMITTED" },
      { kind: "APPROVED" },
    ]);
  });
});

describe("the review queue", () => {
  it("lists the longest waiting first, by when it was submitted (not when it was last touched), with the submitter's note", async () => {
    const { submitForReview } = await import("./transitions");
    const { listReviewQueue } = await import("./queries");
    const user = await db.user.create({ data: { name: "Clara Contributor", email: "clara@example.org", role: "CONTRIBUTOR", passwordHash: "x" } });
    const clara = makeActor({ id: user.id, role: "CONTRIBUTOR", name: user.name, email: user.email, ip: "127.0.0.1" });
    const first = (await createArticle(clara, fields({ headline: "Zuerst eingereicht" }))).article;
    const second = (await createArticle(clara, fields({ headline: "Danach eingereicht" }))).article;
    const a = await submitForReview(clara, { id: first.id, version: first.version }, "Bitte bis 17 Uhr.");
    await submitForReview(clara, { id: second.id, version: second.version }, "");
    // Touching the first one later does not move it back in the queue.
    await db.article.update({ where: { id: first.id }, data: { updatedAt: new Date(Date.now() + 60_000) } });
    const queue = (await listReviewQueue(editor)).filter((r) => r.id === first.id || r.id === second.id);
    expect(queue.map((r) => r.headline)).toEqual(["Zuerst eingereicht", "Danach eingereicht"]);
    expect(queue[0]).toMatchObject({ submittedBy: "Clara Contributor", note: "Bitte bis 17 Uhr.", version: a.article.version });
    expect(queue[1]!.note).toBe("");
    expect(queue[0]!.waitingMs).toBeGreaterThanOrEqual(0);
  });
});
