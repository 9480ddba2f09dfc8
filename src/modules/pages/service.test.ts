// Standalone pages on a real database (SQLite here, PostgreSQL in
// test:postgres): only the desk writes them; every write checks the version
// and records a revision; a page with a placeholder left is refused at
// publishing and names it; a page's address may not be a section's; only
// published pages reach readers, the footer, the sitemap and the API.
import { beforeAll, describe, expect, it } from "vitest";
import { fieldsInEnglish } from "@/i18n/testing";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { createPage, savePage, publishPage, unpublishPage } = await import("./service");
const { ensureLegalPageDrafts } = await import("./seed");
const { listPages, missingLegalPages, getPageForEditor } = await import("./queries");
const { apiPages } = await import("../content-api/queries");
const { impressumDraft, placeholdersIn } = await import("./legal");
const { bodyFromBlocks } = await import("../articles/body");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let n = 0;
async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `pg-${role}-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
const text = (...paragraphs: string[]) => bodyFromBlocks(paragraphs.map((p) => ({ type: "paragraph" as const, text: p })));

async function refusal(work: Promise<unknown>) {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  await db.section.create({ data: { name: "Politik", slug: "politik" } });
});

describe("legal pages on a fresh site", () => {
  it("start as drafts of the Impressum and the privacy notice, in the footer, with placeholders; a second start adds nothing", async () => {
    expect(await missingLegalPages()).toEqual([
      { slug: "impressum", title: "Impressum", id: null },
      { slug: "datenschutz", title: "Datenschutzerklärung", id: null },
    ]);
    expect(await ensureLegalPageDrafts()).toBe(2);
    expect(await ensureLegalPageDrafts()).toBe(0);
    const pages = await db.page.findMany({ orderBy: { footerOrder: "asc" }, include: { revisions: true } });
    expect(pages.map((p) => [p.slug, p.status, p.inFooter, p.revisions.length])).toEqual([
      ["impressum", "DRAFT", true, 1],
      ["datenschutz", "DRAFT", true, 1],
    ]);
    expect(placeholdersIn("Impressum", impressumDraft()).length).toBeGreaterThan(5);
    expect((await missingLegalPages()).map((p) => p.slug)).toEqual(["impressum", "datenschutz"]);
  });

  it("the placeholder Impressum is refused at publishing, naming what is left, and stays a draft", async () => {
    const editor = await actor("EDITOR");
    const page = await db.page.findUniqueOrThrow({ where: { slug: "impressum" } });
    const error = await refusal(publishPage(editor, { id: page.id, version: page.version }, { title: page.title, slug: page.slug, body: page.body, inFooter: true, footerOrder: 0 }));
    expect(error).toBeInstanceOf(ValidationError);
    const body = fieldsInEnglish((error as InstanceType<typeof ValidationError>).fieldErrors).body!.join(" ");
    expect(body).toMatch(/placeholders are still in the text, first “\[Bitte ergänzen: Name des Verlags und Rechtsform\]”/);
    expect(await db.page.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({ status: "DRAFT", version: page.version });
  });

  it("filled in, it is published: a revision, an audit entry in words, every reader page expired, and the desk's warning names only what is left", async () => {
    const editor = await actor("EDITOR");
    const page = await db.page.findUniqueOrThrow({ where: { slug: "impressum" } });
    const done = await publishPage(editor, { id: page.id, version: page.version }, {
      title: "Impressum",
      slug: "impressum",
      body: text("Redaktion Beispiel GmbH, Musterstraße 1, 10115 Berlin", "Verantwortlich nach § 18 Abs. 2 MStV: Erika Mustermann"),
      inFooter: true,
      footerOrder: 0,
    });
    expect(done).toMatchObject({ status: "PUBLISHED", version: page.version + 1, slug: "impressum" });
    expect(done.invalidate).toEqual(["site:pages", "page:impressum"]);
    const revisions = await db.pageRevision.findMany({ where: { pageId: page.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.status, r.authorName])).toEqual([
      [1, "DRAFT", "Redaktion"],
      [2, "PUBLISHED", editor.name],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "page.publish", targetId: page.id } });
    expect(audit.detail).toBe("„Impressum“ (/impressum)");
    expect((await missingLegalPages()).map((p) => p.slug)).toEqual(["datenschutz"]);
  });
});

describe("writing pages", () => {
  it("only editors and administrators write pages", async () => {
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      const someone = await actor(role);
      expect(await refusal(createPage(someone, { title: "Über uns", body: text("Wir.") }))).toBeInstanceOf(ForbiddenError);
      expect(await refusal(listPages(someone))).toBeInstanceOf(ForbiddenError);
    }
  });

  it("bad input names its field and changes nothing; a section's or the site's own address is refused", async () => {
    const editor = await actor("EDITOR");
    const before = await db.page.count();
    const empty = (await refusal(createPage(editor, { title: "  ", body: text("x") }))) as InstanceType<typeof ValidationError>;
    expect(fieldsInEnglish(empty.fieldErrors)).toEqual({ title: ["Title: please enter a title."] });
    const section = (await refusal(createPage(editor, { title: "Politik", body: text("x") }))) as InstanceType<typeof ValidationError>;
    expect(fieldsInEnglish(section.fieldErrors).slug).toEqual(["Address: a section is at “/politik”. Please choose another."]);
    const reserved = (await refusal(createPage(editor, { title: "Suche", slug: "suche", body: text("x") }))) as InstanceType<typeof ValidationError>;
    expect(fieldsInEnglish(reserved.fieldErrors).slug![0]).toMatch(/site uses “\/suche” itself/);
    const badSlug = (await refusal(createPage(editor, { title: "Kontakt", slug: "Kontakt Seite", body: text("x") }))) as InstanceType<typeof ValidationError>;
    expect(Object.keys(badSlug.fieldErrors)).toEqual(["slug"]);
    const script = (await refusal(createPage(editor, { title: "Kontakt", body: { type: "doc", content: [{ type: "script", text: "x" }] } }))) as InstanceType<typeof ValidationError>;
    expect(Object.keys(script.fieldErrors)).toEqual(["body"]);
    expect(await db.page.count()).toBe(before);
  });

  it("a stale version is refused with a clear message and nothing is overwritten; a draft's save expires nothing on the site", async () => {
    const editor = await actor("EDITOR");
    const other = await actor("ADMIN");
    const made = await createPage(editor, { title: "Über uns", body: text("Wer wir sind.") });
    expect(made.slug).toBe("ueber-uns");
    const first = await savePage(other, { id: made.id, version: made.version }, { title: "Über uns", body: text("Fassung der Administratorin.") });
    expect(first.invalidate).toEqual([]);
    const stale = await refusal(savePage(editor, { id: made.id, version: made.version }, { title: "Über uns", body: text("Fassung, die zu spät kommt.") }));
    expect(stale).toBeInstanceOf(ConflictError);
    const page = await getPageForEditor(editor, made.id);
    expect(page?.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(JSON.stringify(page?.body)).toContain("Fassung der Administratorin.");
  });

  it("an update of a published page passes the check first; taking it off makes it a draft and readers lose it", async () => {
    const editor = await actor("EDITOR");
    const made = await createPage(editor, { title: "Kontakt", body: text("Schreiben Sie uns: redaktion@example.org") });
    const live = await publishPage(editor, { id: made.id, version: made.version }, { title: "Kontakt", body: text("Schreiben Sie uns: redaktion@example.org"), inFooter: true, footerOrder: 5 });
    const refused = await refusal(savePage(editor, { id: made.id, version: live.version }, { title: "Kontakt", body: text("Telefon: [Bitte ergänzen: Telefonnummer]"), inFooter: true, footerOrder: 5 }));
    expect(refused).toBeInstanceOf(ValidationError);
    expect((await db.page.findUniqueOrThrow({ where: { id: made.id } })).version).toBe(live.version);
    expect((await apiPages()).map((p) => p.slug)).toEqual(["impressum", "kontakt"]);
    const off = await unpublishPage(editor, { id: made.id, version: live.version });
    expect(off).toMatchObject({ status: "DRAFT" });
    expect(off.invalidate).toEqual(["site:pages", "page:kontakt"]);
    const api = await apiPages();
    expect(api.map((p) => p.slug)).toEqual(["impressum"]);
    expect(api[0]!.body.html).toContain("Redaktion Beispiel GmbH");
    expect(api[0]!.url).toMatch(/\/impressum$/);
  });
});
