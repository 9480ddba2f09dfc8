import { beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// The shared document and the stored article: seeded once on the server,
// typing stored as saves with revisions, writes from elsewhere merged in.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
process.env.NEXTAUTH_SECRET ??= "test-secret-for-the-collaboration-tests-0123456789";
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createArticle, publishArticle, restoreRevision, updateArticle } = await import("../articles/service");
const { makeActor } = await import("../auth/actor");
const { loadDocument, storeDocument, joinDocument } = await import("./service");
const { documentFrom, readDocument } = await import("./document");
const { encode } = await import("next-auth/jwt");

let sectionId = "";
let editor: ReturnType<typeof makeActor>;
let reporter: ReturnType<typeof makeActor>;
const users: Record<string, { id: string; sessionId: string }> = {};

const body = (...texts: string[]) => ({ type: "doc", content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) });
const fields = (over: Record<string, unknown> = {}) => ({ kicker: "", headline: "Gipfel in Brüssel", teaser: "Die erste Fassung.", sectionId, slug: "", tagIds: [], body: body("Erster Absatz."), ...over });

async function person(name: string, role: "EDITOR" | "CONTRIBUTOR" | "AUTHOR") {
  const user = await db.user.create({ data: { name, email: `${name.toLowerCase().replace(/\W/g, "")}@example.org`, role, passwordHash: "x" } });
  const session = await db.userSession.create({ data: { id: `s-${user.id}`, userId: user.id, ip: "127.0.0.1", expiresAt: new Date(Date.now() + 3600_000) } });
  users[name] = { id: user.id, sessionId: session.id };
  return makeActor({ id: user.id, role, name, email: user.email, ip: "127.0.0.1" });
}

async function cookieOf(name: string, role: string) {
  const token = await encode({ token: { sub: users[name]!.id, sid: users[name]!.sessionId, sv: 0, role }, secret: process.env.NEXTAUTH_SECRET! });
  return `other=1; next-auth.session-token=${token}`;
}

const firstText = (doc: Y.Doc, index = 0) => (doc.getXmlFragment("body").get(index) as Y.XmlElement).get(0) as Y.XmlText;

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
  editor = await person("Erika Editor", "EDITOR");
  reporter = await person("Rita Reporterin", "CONTRIBUTOR");
});

describe("the shared document of an article", () => {
  it("is made once, on the server, from the stored article; every later load is the same document", async () => {
    const article = (await createArticle(editor, fields())).article;
    const name = `article:${article.id}`;
    const [a, b] = await Promise.all([loadDocument(name), loadDocument(name)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const doc = documentFrom(a);
    expect(readDocument(doc)).toMatchObject({ headline: "Gipfel in Brüssel", teaser: "Die erste Fassung.", sectionId, slugTouched: false });
    expect(JSON.stringify(readDocument(doc).body)).toContain("Erster Absatz.");
    // One paragraph, not two (two seeds would have doubled it).
    expect(doc.getXmlFragment("body").length).toBe(1);
  });

  it("stores what was typed as a save with a revision, in one step with its state", async () => {
    const article = (await createArticle(editor, fields({ headline: "Haushalt 2027" }))).article;
    const name = `article:${article.id}`;
    const live = documentFrom(await loadDocument(name));
    firstText(live).insert(firstText(live).length, " Zweiter Satz.");
    live.getText("headline").insert(live.getText("headline").length, " beschlossen");
    const outcome = await storeDocument(name, live, editor);
    expect(outcome).toMatchObject({ stored: "saved", version: article.version + 1 });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: { orderBy: { version: "desc" }, take: 1 } } });
    expect(stored.headline).toBe("Haushalt 2027 beschlossen");
    // The address follows the headline until someone chooses one.
    expect(stored.slug).toBe("haushalt-2027-beschlossen");
    expect(JSON.stringify(stored.body)).toContain("Erster Absatz. Zweiter Satz.");
    expect(stored.revisions[0]).toMatchObject({ kind: "AUTOSAVE", authorId: editor.id, headline: "Haushalt 2027 beschlossen" });
    const row = await db.articleDocument.findUniqueOrThrow({ where: { articleId: article.id } });
    expect(row.version).toBe(stored.version);
    // Nothing typed since: nothing written.
    expect(await storeDocument(name, live, editor)).toMatchObject({ stored: "unchanged", version: stored.version });
  });

  it("brings a write from elsewhere (a restored revision) into the document as an edit, keeping what was typed meanwhile", async () => {
    const article = (await createArticle(editor, fields({ headline: "Streik bei der Bahn", body: body("Die Züge stehen.", "Zweiter Absatz.") }))).article;
    const name = `article:${article.id}`;
    const firstRevision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id }, orderBy: { version: "asc" } });
    const live = documentFrom(await loadDocument(name));
    firstText(live, 1).insert(0, "Neu: ");
    expect((await storeDocument(name, live, editor)).stored).toBe("saved");
    // Someone restores the first revision from the history while the others keep typing into the first paragraph.
    const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await restoreRevision(editor, { id: article.id, version: current.version }, firstRevision.id);
    firstText(live, 0).insert(firstText(live, 0).length, " Seit fünf Uhr.");
    const outcome = await storeDocument(name, live, editor);
    expect(outcome.stored).toBe("saved");
    const text = JSON.stringify(readDocument(live).body);
    // The restore took "Neu: " out again; the sentence typed meanwhile stayed; nothing doubled.
    expect(text).toContain("Die Züge stehen. Seit fünf Uhr.");
    expect(text).not.toContain("Neu: ");
    expect(live.getXmlFragment("body").length).toBe(2);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(JSON.stringify(stored.body)).toContain("Die Züge stehen. Seit fünf Uhr.");
  });

  it("brings one write from elsewhere in once, even when two servers holding the document both do it", async () => {
    const article = (await createArticle(editor, fields({ headline: "Zwei Server", body: body("Absatz eins.") }))).article;
    const name = `article:${article.id}`;
    const state = await loadDocument(name);
    // The same document, open on two servers (their copies of one shared history).
    const onA = documentFrom(state);
    const onB = documentFrom(state);
    await updateArticle(editor, { id: article.id, version: article.version }, fields({ headline: "Zwei Server", body: body("Absatz eins, korrigiert.") }));
    // Both stores run before either sees the other's result (the row still names the old version).
    const row = await db.articleDocument.findUniqueOrThrow({ where: { articleId: article.id } });
    await storeDocument(name, onA, editor);
    await db.articleDocument.update({ where: { articleId: article.id }, data: { version: row.version, base: row.base } });
    await storeDocument(name, onB, editor);
    // Their histories meet (the relay between them): the correction is there once.
    Y.applyUpdate(onA, Y.encodeStateAsUpdate(onB));
    Y.applyUpdate(onB, Y.encodeStateAsUpdate(onA));
    expect(JSON.stringify(readDocument(onA).body)).toBe(JSON.stringify(readDocument(onB).body));
    const text = JSON.stringify(readDocument(onA).body);
    expect(text.match(/korrigiert/g)).toHaveLength(1);
    expect(text).toContain("Absatz eins, korrigiert.");
  });

  it("a newcomer after a write from elsewhere loads the document with that write in it", async () => {
    const article = (await createArticle(editor, fields({ headline: "Wahl in Hessen" }))).article;
    const name = `article:${article.id}`;
    await loadDocument(name);
    const saved = await updateArticle(editor, { id: article.id, version: article.version }, fields({ headline: "Wahl in Hessen: Ergebnis" }));
    const doc = documentFrom(await loadDocument(name));
    expect(readDocument(doc).headline).toBe("Wahl in Hessen: Ergebnis");
    expect((await db.articleDocument.findUniqueOrThrow({ where: { articleId: article.id } })).version).toBe(saved.article.version);
  });

  it("of a published article is its working copy: readers see nothing until Update", async () => {
    const draft = (await createArticle(editor, fields({ headline: "Brücke gesperrt" }))).article;
    const live = (await publishArticle(editor, { id: draft.id, version: draft.version })).article;
    const name = `article:${live.id}`;
    const doc = documentFrom(await loadDocument(name));
    expect(readDocument(doc).slugTouched).toBe(true);
    doc.getText("headline").insert(doc.getText("headline").length, " bis Freitag");
    expect((await storeDocument(name, doc, editor)).stored).toBe("saved");
    const stored = await db.article.findUniqueOrThrow({ where: { id: live.id } });
    expect(stored.headline).toBe("Brücke gesperrt");
    expect(stored.slug).toBe(live.slug);
    expect((stored.workingCopy as { headline: string }).headline).toBe("Brücke gesperrt bis Freitag");
  });

  it("keeps the document but not the article while a field is invalid, and saves once it is fixed", async () => {
    const article = (await createArticle(editor, fields({ headline: "Sturm" }))).article;
    const name = `article:${article.id}`;
    const doc = documentFrom(await loadDocument(name));
    // Longer than a headline may be (a paste of a whole paragraph into it).
    doc.getText("headline").insert(5, " ".concat("und Regen ".repeat(25)));
    const kept = await storeDocument(name, doc, editor);
    expect(kept).toMatchObject({ stored: "kept", version: article.version });
    expect(kept.stored === "kept" && Object.keys(kept.fieldErrors)).toEqual(["headline"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe("Sturm");
    // The typing is not lost: the stored document has it (the long headline, and what follows).
    firstText(doc).insert(0, "Orkan. ");
    await storeDocument(name, doc, editor);
    expect(JSON.stringify(readDocument(documentFrom((await db.articleDocument.findUniqueOrThrow({ where: { articleId: article.id } })).state)).body)).toContain("Orkan. ");
    doc.getText("headline").delete(0, doc.getText("headline").length);
    doc.getText("headline").insert(0, "Orkan über Hamburg");
    expect((await storeDocument(name, doc, editor)).stored).toBe("saved");
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.headline).toBe("Orkan über Hamburg");
    expect(JSON.stringify(stored.body)).toContain("Orkan. Erster Absatz.");
  });

  it("lets in who may edit, read-only who may only look, and refuses the rest", async () => {
    const theirs = (await createArticle(editor, fields({ headline: "Nur für die Redaktion" }))).article;
    const own = (await createArticle(reporter, fields({ headline: "Rita schreibt" }))).article;
    const editorCookie = await cookieOf("Erika Editor", "EDITOR");
    const reporterCookie = await cookieOf("Rita Reporterin", "CONTRIBUTOR");
    expect((await joinDocument(editorCookie, "127.0.0.1", `article:${theirs.id}`)).readOnly).toBe(false);
    expect((await joinDocument(reporterCookie, "127.0.0.1", `article:${own.id}`)).readOnly).toBe(false);
    // A contributor cannot join someone else's article.
    await expect(joinDocument(reporterCookie, "127.0.0.1", `article:${theirs.id}`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A contributor's article in review: theirs to look at, not to type into.
    await db.article.update({ where: { id: own.id }, data: { status: "IN_REVIEW" } });
    expect((await joinDocument(reporterCookie, "127.0.0.1", `article:${own.id}`)).readOnly).toBe(true);
    // No cookie, a forged one, an ended session, a role that changed since: signed out.
    await expect(joinDocument(undefined, "127.0.0.1", `article:${own.id}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(joinDocument("next-auth.session-token=eyJhbGciOiJub25lIn0.e30.", "127.0.0.1", `article:${own.id}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(joinDocument(await cookieOf("Rita Reporterin", "EDITOR"), "127.0.0.1", `article:${theirs.id}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await db.userSession.delete({ where: { id: users["Rita Reporterin"]!.sessionId } });
    await expect(joinDocument(reporterCookie, "127.0.0.1", `article:${own.id}`)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // A document name that is not an article's.
    await expect(joinDocument(editorCookie, "127.0.0.1", "article:../../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
