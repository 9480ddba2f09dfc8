import { randomBytes } from "node:crypto";
import { exec, row } from "./db";

export type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED" | "TRASHED";
export type ArticleRow = { id: string; version: number; status: string; headline: string; authorId: string; sectionId: string };

/** An article in a given state, written straight into the test database (a fixture, not a code path under test). */
export async function insertArticle(authorId: string, status: Status, headline = `Fixture ${randomBytes(4).toString("hex")}`, sectionSlug = "politik"): Promise<ArticleRow> {
  const sectionId = (await row<{ id: string }>(`SELECT "id" FROM "Section" WHERE "slug" = ?`, [sectionSlug]))!.id;
  const id = `fx${randomBytes(10).toString("hex")}`;
  const now = new Date();
  const slug = `fixture-${randomBytes(6).toString("hex")}`;
  await exec(
    `INSERT INTO "Article" ("id", "kicker", "headline", "teaser", "body", "slug", "status", "sectionId", "authorId", "publishedAt", "scheduledAt", "createdAt", "updatedAt", "version")
     VALUES (?, '', ?, 'Ein Vorspann.', '{"type":"doc","content":[]}', ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    [
      id,
      headline,
      slug,
      status,
      sectionId,
      authorId,
      status === "PUBLISHED" || status === "UNPUBLISHED" ? now : null,
      status === "SCHEDULED" ? new Date(now.getTime() + 24 * 3600_000) : null,
      now,
      now,
    ],
  );
  return readArticle(id);
}

export async function readArticle(id: string): Promise<ArticleRow> {
  const article = await row<ArticleRow>(`SELECT "id", "version", "status", "headline", "authorId", "sectionId" FROM "Article" WHERE "id" = ?`, [id]);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}

export async function politikId(): Promise<string> {
  return (await row<{ id: string }>(`SELECT "id" FROM "Section" WHERE "slug" = 'politik'`))!.id;
}
