import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle, publishArticle } = await import("./service");
const { trashArticle, restoreFromTrash, purgeArticle, purgeExpiredTrash } = await import("./transitions");
const { listNewsroomArticles } = await import("./queries");
const { parseListQuery, PAGE_SIZE, listHref } = await import("./list-query");
const { readerPathFate } = await import("./reader-paths");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError } = await import("@/lib/errors");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let politik = "";
let kultur = "";

async function actor(role: Role, name = `${role} Person`) {
  const user = await db.user.create({ data: { name, email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Erster Absatz." }] }] };
const fields = (headline: string, sectionId = politik) => ({ kicker: "", headline, teaser: "Ein Vorspann.", sectionId, slug: "", body });

beforeAll(async () => {
  politik = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
  kultur = (await db.section.create({ data: { name: "Kultur", slug: "kultur" } })).id;
});

describe("the trash", () => {
  it("takes a published article off the site (410), restores it as a draft, and records both", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields("Gipfel in Brüssel endet ohne Einigung"));
    const published = (await publishArticle(editor, { id: article.id, version: article.version })).article;
    const trashed = await trashArticle(editor, { id: published.id, version: published.version });
    expect(trashed.article.status).toBe("TRASHED");
    expect(trashed.article.trashedAt).not.toBeNull();
    expect(trashed.article.permissions.edit).toBe(false);
    expect(trashed.article.transitions).toEqual(["untrash"]);
    expect(trashed.invalidate).toContain("articles:published");
    expect(await readerPathFate("politik", published.slug)).toEqual({ kind: "gone" });
    const kinds = (await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { version: "asc" } })).map((r) => r.kind);
    expect(kinds.slice(-1)).toEqual(["TRASH"]);

    const restored = await restoreFromTrash(editor, { id: article.id, version: trashed.article.version });
    expect(restored.article.status).toBe("DRAFT");
    expect(restored.article.trashedAt).toBeNull();
    expect(restored.article.permissions.edit).toBe(true);
    const audit = (await db.auditEvent.findMany({ where: { targetId: article.id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(audit).toEqual(["article.publish", "article.trash", "article.untrash"]);
  });

  it("lets contributors trash their own drafts only, and only admins purge", async () => {
    const contributor = await actor("CONTRIBUTOR");
    const editor = await actor("EDITOR");
    const admin = await actor("ADMIN");
    const own = (await createArticle(contributor, fields("Mein Entwurf"))).article;
    const others = (await createArticle(editor, fields("Fremder Entwurf"))).article;
    await expect(trashArticle(contributor, { id: others.id, version: others.version })).rejects.toBeInstanceOf(ForbiddenError);
    const trashed = (await trashArticle(contributor, { id: own.id, version: own.version })).article;
    await expect(purgeArticle(editor, own.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(purgeArticle(admin, others.id)).rejects.toBeInstanceOf(ConflictError); // not in the trash
    expect(await db.article.count({ where: { id: others.id } })).toBe(1);

    const revisionsBefore = await db.articleRevision.count({ where: { articleId: own.id } });
    expect(revisionsBefore).toBeGreaterThan(1);
    expect((await purgeArticle(admin, trashed.id)).headline).toBe("Mein Entwurf");
    expect(await db.article.count({ where: { id: own.id } })).toBe(0);
    expect(await db.articleRevision.count({ where: { articleId: own.id } })).toBe(0);
    const entry = await db.auditEvent.findFirst({ where: { targetId: own.id, action: "article.purge" } });
    expect(entry?.detail).toBe("Mein Entwurf");
  });

  it("purges what stayed longer than the retention period, and nothing younger", async () => {
    const editor = await actor("EDITOR");
    const old = (await createArticle(editor, fields("Alt im Papierkorb"))).article;
    const young = (await createArticle(editor, fields("Frisch im Papierkorb"))).article;
    await trashArticle(editor, { id: old.id, version: old.version });
    await trashArticle(editor, { id: young.id, version: young.version });
    await db.article.update({ where: { id: old.id }, data: { trashedAt: new Date(Date.now() - 31 * 24 * 3600_000) } });
    expect(await purgeExpiredTrash(new Date(), 30)).toBe(1);
    expect(await db.article.count({ where: { id: old.id } })).toBe(0);
    expect(await db.article.count({ where: { id: young.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: old.id, action: "article.purge", actorEmail: "scheduler" } })).toBe(1);
  });

  it("keeps trashed articles out of the list, and lists them in the trash", async () => {
    const editor = await actor("EDITOR");
    const a = (await createArticle(editor, fields("Papierkorb-Listentest"))).article;
    await trashArticle(editor, { id: a.id, version: a.version });
    const list = await listNewsroomArticles(editor, parseListQuery({ q: "Papierkorb-Listentest" }));
    expect(list.rows).toHaveLength(0);
    const trash = await listNewsroomArticles(editor, parseListQuery({}), { trash: true });
    expect(trash.rows.map((r) => r.id)).toContain(a.id);
  });
});

describe("the article list", () => {
  let writer: Awaited<ReturnType<typeof actor>>;
  let desk: Awaited<ReturnType<typeof actor>>;
  beforeAll(async () => {
    writer = await actor("AUTHOR", "Lena Listig");
    desk = await actor("EDITOR", "Dora Desk");
    for (let i = 0; i < PAGE_SIZE + 12; i++) {
      const who = i % 3 === 0 ? writer : desk;
      await createArticle(who, fields(`Ärzte warnen vor Hitze ${String(i).padStart(3, "0")}`, i % 2 === 0 ? politik : kultur));
    }
  }, 60_000);

  it("searches headlines case-insensitively, umlauts included", async () => {
    const lower = await listNewsroomArticles(desk, parseListQuery({ q: "ärzte warnen" }));
    expect(lower.total).toBe(PAGE_SIZE + 12);
    const upper = await listNewsroomArticles(desk, parseListQuery({ q: "HITZE 007" }));
    expect(upper.rows.map((r) => r.headline)).toEqual(["Ärzte warnen vor Hitze 007"]);
  });

  it("filters by section, author, mine and status; an author sees only their own", async () => {
    const q = { q: "Ärzte warnen" };
    expect((await listNewsroomArticles(desk, parseListQuery({ ...q, section: kultur }))).total).toBe((PAGE_SIZE + 12) / 2);
    const byWriter = await listNewsroomArticles(desk, parseListQuery({ ...q, author: writer.id }));
    expect(byWriter.total).toBe(Math.ceil((PAGE_SIZE + 12) / 3));
    expect(new Set(byWriter.rows.map((r) => r.authorName))).toEqual(new Set(["Lena Listig"]));
    expect((await listNewsroomArticles(writer, parseListQuery({ ...q, mine: "1" }))).total).toBe(byWriter.total);
    // The view rule stays: an author asking for someone else's articles gets none of them.
    expect((await listNewsroomArticles(writer, parseListQuery({ ...q, author: desk.id }))).total).toBe(0);
    expect((await listNewsroomArticles(desk, parseListQuery({ ...q, status: "PUBLISHED" }))).total).toBe(0);
    expect((await listNewsroomArticles(desk, parseListQuery({ ...q, status: "DRAFT" }))).total).toBe(PAGE_SIZE + 12);
  });

  it("pages forwards and back by keyset, each article once, in every sort", async () => {
    for (const sort of ["updated", "oldest", "headline"]) {
      const seen: string[] = [];
      let page = await listNewsroomArticles(desk, parseListQuery({ q: "Ärzte warnen", sort }));
      const first = page.rows.map((r) => r.id);
      expect(page.prevBefore).toBeNull();
      seen.push(...first);
      const second = await listNewsroomArticles(desk, parseListQuery({ q: "Ärzte warnen", sort, after: page.nextAfter! }));
      seen.push(...second.rows.map((r) => r.id));
      expect(second.nextAfter).toBeNull();
      expect(new Set(seen).size).toBe(PAGE_SIZE + 12);
      // Back from page 2 gives page 1 again.
      page = await listNewsroomArticles(desk, parseListQuery({ q: "Ärzte warnen", sort, before: second.prevBefore! }));
      expect(page.rows.map((r) => r.id)).toEqual(first);
      expect(page.prevBefore).toBeNull();
      expect(page.nextAfter).toBe(first.at(-1));
      if (sort === "headline") expect(first[0]).toBe((await db.article.findFirst({ where: { headline: "Ärzte warnen vor Hitze 000" } }))!.id);
    }
  });
});

describe("the list's address", () => {
  it("reads known filters and ignores the rest", () => {
    expect(parseListQuery({ q: "  Gipfel ", status: "PUBLISHED", sort: "headline", mine: "1", section: "abc" })).toMatchObject({
      q: "Gipfel",
      status: "PUBLISHED",
      sort: "headline",
      mine: true,
      sectionId: "abc",
    });
    expect(parseListQuery({ status: "TRASHED", sort: "random", section: "x'; DROP", after: "" })).toMatchObject({ status: null, sort: "updated", sectionId: null, after: null });
  });
  it("writes short addresses", () => {
    expect(listHref({})).toBe("/admin/articles");
    expect(listHref({ q: "Ärzte", sort: "updated", after: "c1" })).toBe("/admin/articles?q=%C3%84rzte&after=c1");
  });
});
