import { inEnglish } from "@/i18n/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle } = await import("./service");
const t = await import("./transitions");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");
const { TAGS } = await import("./cache-tags");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let sectionId = "";
let n = 0;

async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `${role}-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}

const fields = (headline: string) => ({
  kicker: "",
  headline,
  teaser: "Ein Vorspann.",
  sectionId,
  slug: "",
  body: { type: "doc", content: [] },
});

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

describe("review", () => {
  it("contributor submits, editor requests changes with a comment, contributor revises and resubmits, editor approves", async () => {
    const contributor = await actor("CONTRIBUTOR");
    const editor = await actor("EDITOR");
    const { article } = await createArticle(contributor, fields("Zur Prüfung"));
    const submitted = await t.submitForReview(contributor, article, "Bitte bis 17 Uhr prüfen");
    expect(submitted.article.status).toBe("IN_REVIEW");

    await expect(t.requestChanges(editor, submitted.article, "  ")).rejects.toMatchObject({ fieldErrors: { comment: [expect.any(String)] } });
    const back = await t.requestChanges(editor, submitted.article, "Zweite Quelle fehlt.");
    expect(back.article.status).toBe("DRAFT");

    const again = await t.submitForReview(contributor, back.article, "");
    const approved = await t.publishArticle(editor, again.article);
    expect(approved.article.status).toBe("PUBLISHED");

    const notes = await db.articleNote.findMany({ where: { articleId: article.id }, orderBy: { createdAt: "asc" } });
    expect(notes.map((x) => [x.kind, x.text])).toEqual([
      ["SUBMITTED", "Bitte bis 17 Uhr prüfen"],
      ["CHANGES_REQUESTED", "Zweite Quelle fehlt."],
      ["SUBMITTED", ""],
      ["APPROVED", ""],
    ]);
  });

  it("only editors send back; an illegal transition names the status", async () => {
    const author = await actor("AUTHOR");
    const { article } = await createArticle(author, fields("Nicht zurück"));
    const submitted = await t.submitForReview(author, article, "");
    await expect(t.requestChanges(author, submitted.article, "x")).rejects.toBeInstanceOf(ForbiddenError);
    const editor = await actor("EDITOR");
    expect(await t.unpublishArticle(editor, submitted.article).catch((e: Error) => inEnglish(e.message))).toBe("You cannot unpublish an article that is in review.");
    await expect(t.reopenArticle(editor, submitted.article)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("unpublish and reopen", () => {
  it("published → unpublished → draft", async () => {
    const author = await actor("AUTHOR");
    const { article } = await createArticle(author, fields("Hin und zurück"));
    const published = await t.publishArticle(author, article);
    const unpublished = await t.unpublishArticle(author, published.article);
    expect(unpublished.article.status).toBe("UNPUBLISHED");
    expect(unpublished.invalidate).toContain(TAGS.publishedList);
    const reopened = await t.reopenArticle(author, unpublished.article);
    expect(reopened.article.status).toBe("DRAFT");
  });
});

describe("scheduling", () => {
  it("refuses a time in the past or too close, with a field message", () => {
    const now = new Date("2026-11-27T10:00:00Z");
    expect(() => t.parseScheduleTime("2026-11-27T09:00:00Z", now)).toThrow(ValidationError);
    expect(() => t.parseScheduleTime("2026-11-27T10:00:02Z", now)).toThrow(ValidationError);
    expect(() => t.parseScheduleTime("nonsense", now)).toThrow(ValidationError);
    expect(t.parseScheduleTime("2026-11-27T11:00:00Z", now).toISOString()).toBe("2026-11-27T11:00:00.000Z");
  });

  it("publishes due articles when the clock reaches their time, not before", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields("Geplant"));
    const at = new Date(Date.now() + 3600_000);
    const scheduled = await t.scheduleArticle(editor, article, at.toISOString());
    expect(scheduled.article.status).toBe("SCHEDULED");
    expect(scheduled.invalidate).toEqual([]); // nothing visible changed yet

    const early = await t.publishDueArticles(new Date(at.getTime() - 1000));
    expect(early.published.map((p) => p.id)).not.toContain(article.id);

    const due = await t.publishDueArticles(new Date(at.getTime() + 1000));
    expect(due.published).toContainEqual({ id: article.id, late: false });
    expect(due.invalidate).toContain(TAGS.articlePath("politik", "geplant"));
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.status).toBe("PUBLISHED");
    expect(stored.scheduledAt).toBeNull();
    // Firing twice publishes nothing twice.
    expect((await t.publishDueArticles(new Date(at.getTime() + 2000))).published.map((p) => p.id)).not.toContain(article.id);
  });

  it("a schedule missed while the server was down is published late at the next run and marked so", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields("Verpasst"));
    const at = new Date(Date.now() + 120_000);
    await t.scheduleArticle(editor, article, at.toISOString());
    const result = await t.publishDueArticles(new Date(at.getTime() + 3 * 3600_000));
    expect(result.published).toContainEqual({ id: article.id, late: true });
    expect(await db.auditEvent.count({ where: { targetId: article.id, detail: { contains: "missed" } } })).toBe(1);
  });

  it("two servers running the scheduler at the same moment publish each due article exactly once", async () => {
    const editor = await actor("EDITOR");
    const at = new Date(Date.now() + 7200_000);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { article } = await createArticle(editor, fields(`Gleichzeitig ${i}`));
      await t.scheduleArticle(editor, article, at.toISOString());
      ids.push(article.id);
    }
    const later = new Date(at.getTime() + 1000);
    const runs = await Promise.all([t.publishDueArticles(later), t.publishDueArticles(later), t.publishDueArticles(later)]);
    const published = runs.flatMap((r) => r.published.map((p) => p.id)).filter((id) => ids.includes(id));
    expect(published.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(await db.articleRevision.count({ where: { articleId: id, kind: "PUBLISH" } })).toBe(1);
      expect(await db.auditEvent.count({ where: { targetId: id, action: "article.publish" } })).toBe(1);
    }
  });

  it("a contributor cannot schedule; unscheduling returns to draft", async () => {
    const contributor = await actor("CONTRIBUTOR");
    const editor = await actor("EDITOR");
    const { article } = await createArticle(contributor, fields("Nicht planbar"));
    const when = new Date(Date.now() + 3600_000).toISOString();
    await expect(t.scheduleArticle(contributor, article, when)).rejects.toBeInstanceOf(ForbiddenError);
    const scheduled = await t.scheduleArticle(editor, article, when);
    const back = await t.unscheduleArticle(editor, scheduled.article);
    expect(back.article.status).toBe("DRAFT");
  });
});
