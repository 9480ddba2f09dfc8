// The desk on a real database: today's schedule ends at midnight in Berlin,
// the review queue is the desk's (with its waiting time), and each list holds
// only what the person may open.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// Next's data cache is not there outside a request: the reader queries the desk reuses run directly.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { deskOverview } = await import("./queries");
const { makeActor } = await import("../auth/actor");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let n = 0;
async function person(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `desk-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
let sectionId = "";
const now = new Date("2026-12-07T15:00:00Z"); // 16:00 in Berlin
async function article(authorId: string, headline: string, data: Record<string, unknown>) {
  return db.article.create({ data: { headline, teaser: "Vorspann", body: { type: "doc", content: [] }, slug: headline.toLowerCase().replace(/\W+/g, "-"), sectionId, authorId, ...data } });
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

describe("the desk", () => {
  it("shows what goes out today (until midnight in Berlin), what waits for review, what went out and the person's drafts", async () => {
    const editor = await person("EDITOR");
    const author = await person("AUTHOR");
    const contributor = await person("CONTRIBUTOR");
    await article(author.id, "Heute Abend", { status: "SCHEDULED", scheduledAt: new Date("2026-12-07T22:30:00Z") }); // 23:30 Berlin
    await article(author.id, "Morgen frueh", { status: "SCHEDULED", scheduledAt: new Date("2026-12-07T23:30:00Z") }); // 00:30 Berlin, tomorrow
    await article(contributor.id, "Wartet", { status: "IN_REVIEW" });
    await article(author.id, "Erschienen", { status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
    await article(editor.id, "Mein Entwurf", { status: "DRAFT" });
    await article(author.id, "Fremder Entwurf", { status: "DRAFT" });

    const desk = await deskOverview(editor, now);
    expect(desk.scheduledToday.map((s) => s.headline)).toEqual(["Heute Abend"]);
    expect(desk.review?.items.map((r) => r.headline)).toEqual(["Wartet"]);
    expect(desk.recentlyPublished.map((s) => s.headline)).toContain("Erschienen");
    expect(desk.myDrafts.map((s) => s.headline)).toEqual(["Mein Entwurf"]);
    expect(desk.firstSteps.legalPages.map((p) => p.slug)).toEqual(["impressum", "datenschutz"]);
  });

  it("an author sees their own scheduled stories and drafts, and no review queue", async () => {
    const author = await person("AUTHOR");
    const other = await person("AUTHOR");
    await article(author.id, "Eigener Termin", { status: "SCHEDULED", scheduledAt: new Date("2026-12-07T16:00:00Z") });
    await article(other.id, "Fremder Termin", { status: "SCHEDULED", scheduledAt: new Date("2026-12-07T16:00:00Z") });
    const desk = await deskOverview(author, now);
    expect(desk.scheduledToday.map((s) => s.headline)).toEqual(["Eigener Termin"]);
    expect(desk.review).toBeNull();
    expect(desk.firstSteps.inviteColleagues).toBe(false);
  });
});
