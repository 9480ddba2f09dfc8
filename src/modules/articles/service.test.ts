import { fieldsInEnglish } from "@/i18n/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { onPostgres, setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db, checkDatabaseSettings } = await import("@/lib/db");
const { createArticle, updateArticle, publishArticle, unpublishArticle } = await import("./service");
const { submitForReview } = await import("./transitions");
const { makeActor } = await import("../auth/actor");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");
const { TAGS } = await import("./cache-tags");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let sectionId = "";

async function actor(role: Role) {
  const user = await db.user.create({
    data: { name: `${role} Person`, email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`, role, passwordHash: "x" },
  });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}

const fields = (over: Record<string, unknown> = {}) => ({
  kicker: "Ukraine-Krieg",
  headline: "Trump geht auf Putin zu!",
  teaser: "US-Präsident Donald Trump sagt, er und Putin hätten „Verhandlungen“ vereinbart.",
  sectionId,
  slug: "",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Erster Absatz." }] }] },
  ...over,
});

async function rowCounts() {
  return {
    articles: await db.article.count(),
    revisions: await db.articleRevision.count(),
    audits: await db.auditEvent.count(),
  };
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

describe("the database", () => {
  it.skipIf(onPostgres)("runs SQLite with WAL, FULL sync, foreign keys and a busy timeout", async () => {
    expect(await checkDatabaseSettings()).toEqual({ journal_mode: "wal", synchronous: 2, foreign_keys: 1, busy_timeout: 5000 });
  });
  it.runIf(onPostgres)("runs PostgreSQL with the German search configuration and unaccent", async () => {
    expect(await checkDatabaseSettings()).toMatchObject({ search_config: "redaktion_german", unaccent: expect.any(String) });
  });
});

describe("saving articles", () => {
  it("creates a draft with a derived slug and a revision", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields());
    expect(article.slug).toBe("trump-geht-auf-putin-zu");
    expect(article.status).toBe("DRAFT");
    expect(article.version).toBe(1);
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(1);
    // A second article with the same headline gets the next free slug.
    const second = await createArticle(editor, fields());
    expect(second.article.slug).toBe("trump-geht-auf-putin-zu-2");
  });

  it("refuses a typed slug that is taken, naming the field", async () => {
    const editor = await actor("EDITOR");
    await createArticle(editor, fields({ headline: "Eins", slug: "eindeutig" }));
    const attempt = createArticle(editor, fields({ headline: "Zwei", slug: "eindeutig" }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(fieldsInEnglish(((await attempt.catch((e: unknown) => e)) as InstanceType<typeof ValidationError>).fieldErrors).slug).toEqual([expect.stringContaining("another article")]);
  });

  it("refuses a body with a script and stores nothing", async () => {
    const editor = await actor("EDITOR");
    const before = await rowCounts();
    const evil = fields({ body: { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] } });
    await expect(createArticle(editor, evil)).rejects.toMatchObject({ fieldErrors: { body: [expect.any(String)] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("detects a stale version: the second of two editors gets a conflict and nothing is overwritten", async () => {
    const a = await actor("EDITOR");
    const b = await actor("EDITOR");
    const { article } = await createArticle(a, fields({ headline: "Konflikt" }));
    const loaded = { id: article.id, version: article.version };
    const first = await updateArticle(a, loaded, fields({ headline: "Konflikt – Fassung A", slug: article.slug }));
    expect(first.article.version).toBe(2);
    const before = await rowCounts();
    await expect(updateArticle(b, loaded, fields({ headline: "Konflikt – Fassung B", slug: article.slug }))).rejects.toBeInstanceOf(ConflictError);
    expect(await rowCounts()).toEqual(before);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.headline).toBe("Konflikt – Fassung A");
    expect(stored.version).toBe(2);
  });

  it("records one revision per write, in version order", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields({ headline: "Revisionen" }));
    const saved = await updateArticle(editor, article, fields({ headline: "Revisionen 2", slug: article.slug }));
    const published = await publishArticle(editor, saved.article);
    await unpublishArticle(editor, published.article);
    const revisions = await db.articleRevision.findMany({ where: { articleId: article.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.kind])).toEqual([
      [1, "CREATE"],
      [2, "SAVE"],
      [3, "PUBLISH"],
      [4, "UNPUBLISH"],
    ]);
  });
});

describe("publishing", () => {
  it("needs a headline and a teaser", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields({ headline: "Ohne Teaser", teaser: "" }));
    await expect(publishArticle(editor, article)).rejects.toMatchObject({ fieldErrors: { teaser: [expect.any(String)] } });
  });

  it("returns the cache tags of the list and the article's URL", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields({ headline: "Sichtbar" }));
    const result = await publishArticle(editor, article);
    expect(result.article.status).toBe("PUBLISHED");
    expect(result.invalidate).toEqual(expect.arrayContaining([TAGS.publishedList, TAGS.articlePath("politik", "sichtbar")]));
    expect(await db.auditEvent.count({ where: { action: "article.publish", targetId: article.id } })).toBe(1);
  });

  it("a slug change of a published article expires the old URL too", async () => {
    const editor = await actor("EDITOR");
    const { article } = await createArticle(editor, fields({ headline: "Alter Name" }));
    const published = await publishArticle(editor, article);
    const renamed = await updateArticle(editor, published.article, fields({ headline: "Neuer Name", slug: "neuer-name" }));
    expect(renamed.invalidate).toEqual(expect.arrayContaining([TAGS.articlePath("politik", "alter-name"), TAGS.articlePath("politik", "neuer-name")]));
  });
});

describe("roles, checked in the service", () => {
  it("a contributor may save an own draft but not publish it", async () => {
    const role = "CONTRIBUTOR";
    const writer = await actor(role);
    const { article } = await createArticle(writer, fields({ headline: `Entwurf ${role}` }));
    const saved = await updateArticle(writer, article, fields({ headline: `Entwurf ${role} 2`, slug: article.slug }));
    const before = await rowCounts();
    await expect(publishArticle(writer, saved.article)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await rowCounts()).toEqual(before);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("DRAFT");
  });

  it.each(["AUTHOR", "CONTRIBUTOR"] as const)("%s may not change someone else's article", async (role) => {
    const editor = await actor("EDITOR");
    const writer = await actor(role);
    const { article } = await createArticle(editor, fields({ headline: `Fremd ${role}` }));
    const before = await rowCounts();
    await expect(updateArticle(writer, article, fields({ headline: "Übernommen", slug: article.slug }))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await rowCounts()).toEqual(before);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe(`Fremd ${role}`);
  });

  it("an author publishes an own article and may correct it afterwards", async () => {
    const writer = await actor("AUTHOR");
    const { article } = await createArticle(writer, fields({ headline: "Eigener Artikel" }));
    const published = await publishArticle(writer, article);
    expect(published.article.status).toBe("PUBLISHED");
    const corrected = await updateArticle(writer, published.article, fields({ headline: "Eigener Artikel, korrigiert", slug: article.slug }));
    expect(corrected.article.headline).toBe("Eigener Artikel, korrigiert");
  });

  it("a contributor may not edit an own article once it is in review", async () => {
    const writer = await actor("CONTRIBUTOR");
    const { article } = await createArticle(writer, fields({ headline: "Eingereicht" }));
    const submitted = await submitForReview(writer, article, "Bitte prüfen");
    await expect(updateArticle(writer, submitted.article, fields({ headline: "Doch noch ändern", slug: article.slug }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
