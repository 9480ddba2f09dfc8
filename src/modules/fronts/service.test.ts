// Curated fronts on a real database: only the desk arranges them, every write
// names its version (a stale one is refused with a clear conflict and changes
// nothing), publishing records a revision and expires the front's own tag,
// a scheduled layout goes live exactly once, and readers' view resolves pins
// and fills the rest newest first.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { fieldsInEnglish, inEnglish } from "@/i18n/testing";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// Next's data cache needs a running server; here every read goes to the database.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { publishFront, saveFrontDraft, scheduleFront, cancelScheduledFront, restoreFrontRevision, publishDueFronts } = await import("./service");
const { frontDesk, getHomeFront } = await import("./queries");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError } = await import("@/lib/errors");
type ValidationError = import("@/lib/errors").ValidationError;

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let n = 0;
async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `fr-${role}-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
const ids: Record<string, string> = {};
beforeAll(async () => {
  const section = await db.section.create({ data: { name: "Politik", slug: "politik" } });
  const author = await actor("AUTHOR");
  const base = { teaser: "Vorspann", body: "{}", authorId: author.id, sectionId: section.id };
  for (const [i, name] of ["haushalt", "wetter", "lokal", "gipfel"].entries()) {
    ids[name] = (await db.article.create({ data: { ...base, headline: name, slug: name, status: "PUBLISHED", publishedAt: new Date(Date.now() - (10 - i) * 60_000) } })).id;
  }
  ids.draft = (await db.article.create({ data: { ...base, headline: "Entwurf", slug: "entwurf" } })).id;
});

const slot = (articleId: string, extra = {}) => ({ articleId, until: null, headline: "", teaser: "", image: "auto", ...extra });
const layout = (...slots: unknown[]) => [...slots, ...Array.from({ length: 7 - slots.length }, () => null)];

describe("fronts", () => {
  it("only editors and admins arrange fronts", async () => {
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      await expect(publishFront(await actor(role), "home", { version: 0, slots: layout() })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(frontDesk(await actor(role), "home")).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.front.count()).toBe(0);
  });

  it("a pinned lead stays on top while newer stories fill the slots below; the revision and audit say who", async () => {
    const editor = await actor("EDITOR");
    expect((await getHomeFront()).lead?.id).toBe(ids.gipfel);
    const published = await publishFront(editor, "home", { version: 0, slots: layout(slot(ids.haushalt!, { headline: "Der Haushalt steht" })) });
    expect(published.invalidate).toEqual(["front:/"]);
    const home = await getHomeFront();
    expect(home.lead).toMatchObject({ id: ids.haushalt, headline: "Der Haushalt steht", pinned: true });
    expect(home.top.map((t) => t.id)).toEqual([ids.gipfel, ids.lokal, ids.wetter]);
    const desk = await frontDesk(editor, "home");
    expect(desk.revisions).toHaveLength(1);
    expect(desk.revisions[0]).toMatchObject({ number: 1, kind: "publish", by: editor.name });
    expect(await db.auditEvent.count({ where: { action: "front.publish", actorId: editor.id } })).toBe(1);
  });

  it("refuses a stale version with a conflict that names who changed it, and changes nothing", async () => {
    const [a, b] = [await actor("EDITOR"), await actor("EDITOR")];
    const start = (await frontDesk(a, "home")).version;
    await saveFrontDraft(a, "home", { version: start, slots: layout(slot(ids.wetter!)) });
    const error = await saveFrontDraft(b, "home", { version: start, slots: layout(slot(ids.lokal!)) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(inEnglish((error as Error).message)).toContain(`${a.name} changed the Startseite front`);
    expect((error as InstanceType<typeof ConflictError>).currentVersion).toBe(start + 1);
    expect((await frontDesk(a, "home")).draft[0]?.articleId).toBe(ids.wetter);
  });

  it("names what is wrong: an unpublished story, a story twice, a pin in the past", async () => {
    const editor = await actor("ADMIN");
    const version = (await frontDesk(editor, "home")).version;
    const fields = async (slots: unknown) => fieldsInEnglish(((await saveFrontDraft(editor, "home", { version, slots }).catch((e: unknown) => e)) as ValidationError).fieldErrors).slots;
    expect(await fields(layout(slot(ids.draft!)))).toEqual(["Lead: “Entwurf” is not published or scheduled."]);
    expect(await fields(layout(slot(ids.wetter!), slot(ids.wetter!)))).toEqual(["Layout: an article can stand in one slot only."]);
    expect(await fields(layout(null, slot(ids.wetter!, { until: new Date(Date.now() - 60_000).toISOString() })))).toEqual(["Top story 1: “pinned until” has already passed."]);
    expect(await fields(layout().slice(1))).toEqual(["Layout: exactly 7 slots."]);
    // A lone surrogate in the front's teaser, a pin in the year 10000: field messages, not a database error.
    expect((await fields(layout(slot(ids.wetter!, { teaser: "Halb\uD800" }))))?.join(" ")).toMatch(/broken character/);
    expect((await fields(layout(slot(ids.wetter!, { until: "+010000-01-01T00:00:00Z" }))))?.join(" ")).toMatch(/Pinned until/i);
    expect((await fields(layout(slot(ids.wetter!, { until: "10000-01-01T00:00" }))))?.join(" ")).toMatch(/Pinned until/i);
    expect((await frontDesk(editor, "home")).version).toBe(version);
  });

  it("front headlines and teasers go through the one normaliser: no NUL, no direction override reaches the home page", async () => {
    const editor = await actor("ADMIN");
    const version = (await frontDesk(editor, "home")).version;
    await saveFrontDraft(editor, "home", { version, slots: layout(slot(ids.wetter!, { headline: "Sturm\u0000 \u202Eflut", teaser: "Warnung\u0000 \u202Eheute" })) });
    const saved = (await frontDesk(editor, "home")).draft[0];
    expect(saved).toMatchObject({ headline: "Sturm flut", teaser: "Warnung heute" });
  });

  it("a scheduled layout goes live once, on time; cancelling withdraws it; restore brings back an earlier one", async () => {
    const editor = await actor("EDITOR");
    let { version } = await frontDesk(editor, "home");
    const at = new Date(Date.now() + 120_000);
    ({ version } = await scheduleFront(editor, "home", { version, slots: layout(slot(ids.lokal!)), at: at.toISOString() }));
    expect((await publishDueFronts(new Date(at.getTime() - 1000))).changed).toEqual([]);
    const due = await publishDueFronts(new Date(at.getTime() + 1000));
    expect(due).toEqual({ changed: ["home"], invalidate: ["front:/"] });
    expect((await publishDueFronts(new Date(at.getTime() + 2000))).changed).toEqual([]);
    const desk = await frontDesk(editor, "home");
    expect(desk.revisions[0]).toMatchObject({ kind: "scheduled", by: editor.name });
    expect(desk.scheduledAt).toBeNull();
    expect((await getHomeFront(at.getTime() + 1000)).lead?.id).toBe(ids.lokal);

    ({ version } = await scheduleFront(editor, "home", { version: desk.version, slots: layout(), at: new Date(Date.now() + 3600_000).toISOString() }));
    ({ version } = await cancelScheduledFront(editor, "home", { version }));
    expect((await frontDesk(editor, "home")).scheduledAt).toBeNull();

    const first = (await frontDesk(editor, "home")).revisions.find((r) => r.number === 1)!;
    await restoreFrontRevision(editor, "home", { version, revisionId: first.id });
    expect((await getHomeFront()).lead?.id).toBe(ids.haushalt);
  });

  it("the home page's section blocks follow the published order; bad blocks are named and change nothing", async () => {
    const editor = await actor("EDITOR");
    const wirtschaft = await db.section.create({ data: { name: "Wirtschaft", slug: "wirtschaft", position: 1 } });
    const politik = await db.section.findUniqueOrThrow({ where: { slug: "politik" } });
    let { version } = await frontDesk(editor, "home");
    expect((await frontDesk(editor, "home")).blocks?.map((b) => b.name)).toEqual(["Politik", "Wirtschaft"]);
    const fields = async (front: string, blocks: unknown, v = version) => ((await saveFrontDraft(editor, front, { version: v, slots: front === "home" ? layout() : [null, null, null, null, null], blocks }).catch((e: unknown) => e)) as ValidationError).fieldErrors;
    const fieldsOf = async (front: string, blocks: unknown, v = version) => fieldsInEnglish(await fields(front, blocks, v)).blocks;
    expect(await fieldsOf("home", [{ sectionId: politik.id }, { sectionId: politik.id }])).toEqual(["Section blocks: each section once."]);
    expect(await fieldsOf("home", [{ sectionId: "gone" }])).toEqual(["Section blocks: a section was deleted since you opened the page; reload it."]);
    expect(await fieldsOf("politik", [{ sectionId: politik.id }], (await frontDesk(editor, "politik")).version)).toEqual(["Section blocks: only the home page has them."]);
    expect((await frontDesk(editor, "home")).version).toBe(version);

    ({ version } = await publishFront(editor, "home", { version, slots: layout(), blocks: [{ sectionId: wirtschaft.id, hidden: false }, { sectionId: politik.id, hidden: true }] }));
    const desk = await frontDesk(editor, "home");
    expect(desk.blocks).toEqual([
      { sectionId: wirtschaft.id, name: "Wirtschaft", hidden: false },
      { sectionId: politik.id, name: "Politik", hidden: true },
    ]);
    expect(await db.auditEvent.findFirst({ where: { action: "front.publish", actorId: editor.id }, select: { detail: true } })).toMatchObject({ detail: expect.stringContaining("blocks: Wirtschaft, Politik (hidden)") });
    // Every Politik story is on top (four of them, seven slots), so no block has anything left to show.
    expect((await getHomeFront()).sections).toEqual([]);
    // Restoring the revision before blocks brings back the sections' own order.
    const before = desk.revisions.find((r) => r.number === 1)!;
    await restoreFrontRevision(editor, "home", { version, revisionId: before.id });
    expect((await frontDesk(editor, "home")).blocks?.map((b) => [b.name, b.hidden])).toEqual([["Politik", false], ["Wirtschaft", false]]);
  });

  it("a pin runs out at its time: the scheduler expires the front then", async () => {
    const editor = await actor("EDITOR");
    const until = new Date(Date.now() + 60_000);
    const { version } = await frontDesk(editor, "politik");
    await publishFront(editor, "politik", { version, slots: [slot(ids.wetter!, { until: until.toISOString() }), null, null, null, null] });
    expect((await publishDueFronts(new Date(until.getTime() + 500))).invalidate).toEqual(["front:/politik"]);
    expect((await db.front.findFirstOrThrow({ where: { key: { startsWith: "section:" } } })).nextChangeAt).toBeNull();
  });

  it("a removed section takes its front and the front's revisions with it; the scheduler no longer finds it", async () => {
    const { removeSection } = await import("../taxonomy/service");
    const admin = await actor("ADMIN");
    const sport = await db.section.create({ data: { name: "Sport", slug: "sport", position: 3 } });
    const until = new Date(Date.now() + 60_000);
    await publishFront(admin, "sport", { version: 0, slots: [slot(ids.gipfel!, { until: until.toISOString() }), null, null, null, null] });
    expect(await db.frontRevision.count({ where: { frontKey: `section:${sport.id}` } })).toBe(1);
    await removeSection(admin, sport.id, null);
    expect(await db.front.count({ where: { key: `section:${sport.id}` } })).toBe(0);
    expect(await db.frontRevision.count({ where: { frontKey: `section:${sport.id}` } })).toBe(0);
    expect((await publishDueFronts(new Date(until.getTime() + 500))).changed).not.toContain(`section:${sport.id}`);
  });
});
