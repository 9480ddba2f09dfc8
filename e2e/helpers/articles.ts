import { randomBytes } from "node:crypto";
import { openDb } from "./accounts";

export type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
export type ArticleRow = { id: string; version: number; status: string; headline: string; authorId: string; sectionId: string };

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** An article in a given state, written straight into the test database (a fixture, not a code path under test). */
export function insertArticle(authorId: string, status: Status, headline = `Fixture ${randomBytes(4).toString("hex")}`): ArticleRow {
  const db = openDb();
  try {
    const section = db.prepare(`SELECT id FROM "Section" WHERE slug = 'politik'`).get() as { id: string };
    const id = `fx${randomBytes(10).toString("hex")}`;
    const now = new Date();
    const slug = `fixture-${randomBytes(6).toString("hex")}`;
    db.prepare(
      `INSERT INTO "Article" (id, kicker, headline, teaser, body, slug, status, sectionId, authorId, publishedAt, scheduledAt, createdAt, updatedAt, version)
       VALUES (?, '', ?, 'Ein Vorspann.', '{"type":"doc","content":[]}', ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ).run(
      id,
      headline,
      slug,
      status,
      section.id,
      authorId,
      status === "PUBLISHED" || status === "UNPUBLISHED" ? iso(now) : null,
      status === "SCHEDULED" ? iso(new Date(now.getTime() + 24 * 3600_000)) : null,
      iso(now),
      iso(now),
    );
    return readArticle(id);
  } finally {
    db.close();
  }
}

export function readArticle(id: string): ArticleRow {
  const db = openDb();
  try {
    return db.prepare(`SELECT id, version, status, headline, authorId, sectionId FROM "Article" WHERE id = ?`).get(id) as ArticleRow;
  } finally {
    db.close();
  }
}

export function politikId(): string {
  const db = openDb();
  try {
    return (db.prepare(`SELECT id FROM "Section" WHERE slug = 'politik'`).get() as { id: string }).id;
  } finally {
    db.close();
  }
}
