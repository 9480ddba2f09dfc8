import { inEnglish } from "@/i18n/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle, updateArticle, restoreRevision, changeAuthors } = await import("./service");
const { acquireLock, heartbeat, releaseLock } = await import("./locks");
const { createPreviewLink, getSharedPreview, revokePreviewLink } = await import("./previews");
const { submitForReview } = await import("./transitions");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let sectionId = "";
let n = 0;

async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `ed-${role}-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
const fields = (headline: string, over: Record<string, unknown> = {}) => ({
  kicker: "",
  headline,
  teaser: "Vorspann",
  sectionId,
  slug: "",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: headline }] }] },
  ...over,
});
const revisions = (articleId: string) => db.articleRevision.findMany({ where: { articleId }, orderBy: { version: "asc" } });

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

describe("autosave retention on the database", () => {
  it("merges one editor's autosaves, keeps manual saves, and never loses the latest text", async () => {
    const editor = await actor("EDITOR");
    let { article } = await createArticle(editor, fields("v1"));
    for (const text of ["a1", "a2", "a3"]) ({ article } = await updateArticle(editor, article, fields(text, { slug: article.slug }), { autosave: true }));
    ({ article } = await updateArticle(editor, article, fields("manual", { slug: article.slug })));
    ({ article } = await updateArticle(editor, article, fields("a4", { slug: article.slug }), { autosave: true }));
    const kinds = (await revisions(article.id)).map((r) => [r.kind, r.headline]);
    expect(kinds).toEqual([
      ["CREATE", "v1"],
      ["AUTOSAVE", "a3"],
      ["SAVE", "manual"],
      ["AUTOSAVE", "a4"],
    ]);
  });
});

describe("restoring a revision", () => {
  it("writes the old text as a new version and deletes nothing", async () => {
    const editor = await actor("EDITOR");
    let { article } = await createArticle(editor, fields("Erste Fassung", { dateline: "Berlin" }));
    ({ article } = await updateArticle(editor, article, fields("Zweite Fassung", { slug: article.slug })));
    const first = (await revisions(article.id))[0]!;
    const restored = await restoreRevision(editor, article, first.id);
    expect(restored.article.headline).toBe("Erste Fassung");
    expect(restored.article.dateline).toBe("Berlin");
    expect((await revisions(article.id)).map((r) => r.kind)).toEqual(["CREATE", "SAVE", "RESTORE"]);
    // A stale version is refused like any other write.
    await expect(restoreRevision(editor, article, first.id)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("comparing revisions", () => {
  it("lists tag and byline changes beside the text, and nothing for what stayed", async () => {
    const { compareRevisions } = await import("./queries");
    const editor = await actor("EDITOR");
    const colleague = await actor("AUTHOR");
    const eu = await db.tag.create({ data: { name: "EU", slug: `eu-${Math.random().toString(36).slice(2)}` } });
    const haushalt = await db.tag.create({ data: { name: "Haushalt", slug: `haushalt-${Math.random().toString(36).slice(2)}` } });
    const { article } = await createArticle(editor, fields("Vergleich", { tagIds: [eu.id] }));
    const saved = await updateArticle(editor, article, fields("Vergleich", { slug: article.slug, tagIds: [eu.id, haushalt.id] }));
    await changeAuthors(editor, saved.article, [editor.id, colleague.id]);
    const [v3, , v1] = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { version: "desc" } });
    const diff = await compareRevisions(editor, article.id, v1!.id, v3!.id);
    expect(diff.parts.filter((p) => p.type !== "same")).toEqual([]);
    expect(diff.fields).toEqual([
      { field: "tags", before: "EU", after: "EU, Haushalt" },
      { field: "byline", before: editor.name, after: `${editor.name}, ${colleague.name}` },
    ]);
  });
});

describe("editing locks", () => {
  it("lets one tab edit, shows the holder to others, hands over on request, and blocks the previous holder's writes", async () => {
    const ada = await actor("EDITOR");
    const bernd = await actor("EDITOR");
    const { article } = await createArticle(ada, fields("Gesperrt"));
    expect(await acquireLock(ada, article.id, "ada-tab-0001")).toEqual({ state: "mine" });
    expect(await acquireLock(bernd, article.id, "bernd-tab-01")).toMatchObject({ state: "held", holderName: ada.name, byYou: false });
    expect(await updateArticle(bernd, article, fields("Von Bernd", { slug: article.slug })).catch((e: Error) => inEnglish(e.message))).toMatch(/is editing this article/);

    expect(await acquireLock(bernd, article.id, "bernd-tab-01", true)).toEqual({ state: "mine" });
    expect(await heartbeat(ada, article.id, "ada-tab-0001")).toMatchObject({ state: "held", holderName: bernd.name, takenFromYou: true });
    await expect(updateArticle(ada, article, fields("Von Ada", { slug: article.slug }))).rejects.toBeInstanceOf(ConflictError);
    const saved = await updateArticle(bernd, article, fields("Von Bernd", { slug: article.slug }));
    expect(saved.article.headline).toBe("Von Bernd");
  });

  it("expires without a heartbeat for two minutes", async () => {
    const ada = await actor("EDITOR");
    const bernd = await actor("EDITOR");
    const { article } = await createArticle(ada, fields("Verwaist"));
    await acquireLock(ada, article.id, "ada-tab-0002");
    await db.articleLock.update({ where: { articleId: article.id }, data: { heartbeatAt: new Date(Date.now() - 121_000) } });
    expect(await acquireLock(bernd, article.id, "bernd-tab-02")).toEqual({ state: "mine" });
  });

  it("is released when the holder may no longer edit (a contributor submits)", async () => {
    const contributor = await actor("CONTRIBUTOR");
    const { article } = await createArticle(contributor, fields("Eingereicht"));
    await acquireLock(contributor, article.id, "contrib-tab-1");
    await submitForReview(contributor, article, "");
    expect(await db.articleLock.findUnique({ where: { articleId: article.id } })).toBeNull();
  });

  it("belongs to the person: their new tab takes it at once, the old tab reads; a closing tab lets go", async () => {
    const ada = await actor("EDITOR");
    const bernd = await actor("EDITOR");
    const { article } = await createArticle(ada, fields("Zweiter Tab"));
    await acquireLock(ada, article.id, "ada-old-tab1");
    expect(await acquireLock(ada, article.id, "ada-new-tab1")).toEqual({ state: "mine" });
    expect(await heartbeat(ada, article.id, "ada-old-tab1")).toMatchObject({ state: "held", byYou: true, takenFromYou: false });
    // A colleague's tab cannot let go of it, nor can a tab that does not hold it.
    expect(await releaseLock(bernd, article.id, "ada-new-tab1")).toEqual({ released: false });
    expect(await releaseLock(ada, article.id, "ada-old-tab1")).toEqual({ released: false });
    expect(await acquireLock(bernd, article.id, "bernd-tab-03")).toMatchObject({ state: "held", holderName: ada.name });
    // The tab closes: free for anyone at once.
    expect(await releaseLock(ada, article.id, "ada-new-tab1")).toEqual({ released: true });
    expect(await acquireLock(bernd, article.id, "bernd-tab-03")).toEqual({ state: "mine" });
  });

  it("needs the right to edit", async () => {
    const owner = await actor("AUTHOR");
    const other = await actor("CONTRIBUTOR");
    const { article } = await createArticle(owner, fields("Fremd"));
    await expect(acquireLock(other, article.id, "other-tab-01")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("byline", () => {
  it("editors set one or more authors in order; others may not", async () => {
    const editor = await actor("EDITOR");
    const a = await actor("AUTHOR");
    const b = await actor("AUTHOR");
    const { article } = await createArticle(a, fields("Zwei Namen"));
    const changed = await changeAuthors(editor, article, [b.id, a.id]);
    expect(changed.article.authors.map((x) => x.id)).toEqual([b.id, a.id]);
    await expect(changeAuthors(a, changed.article, [a.id])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeAuthors(editor, changed.article, [])).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("share-preview links", () => {
  it("work signed out until revoked or expired", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields("Vorschau"));
    const { path } = await createPreviewLink(editor, article.id, 48);
    const token = path.split("/").pop()!;
    expect((await getSharedPreview(token))?.headline).toBe("Vorschau");
    expect(await getSharedPreview(token + "x")).toBeNull();
    const link = await db.previewLink.findFirstOrThrow({ where: { articleId: article.id } });
    await revokePreviewLink(editor, link.id);
    expect(await getSharedPreview(token)).toBeNull();

    const second = await createPreviewLink(editor, article.id, 1);
    await db.previewLink.updateMany({ where: { articleId: article.id, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSharedPreview(second.path.split("/").pop()!)).toBeNull();
    await expect(createPreviewLink(editor, article.id, 5)).rejects.toBeInstanceOf(ValidationError);
  });
});
