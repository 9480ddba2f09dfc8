// What an article address means besides "here it is", for proxy.ts: moved
// (308 to where it lives now, from the redirect table) or gone (410: it was
// published and is not any more). The proxy runs apart from the app's Prisma
// client, so this opens its own read-only SQLite handle: indexed lookups, only
// for paths shaped like /section/slug. Nothing here writes.
import Database from "better-sqlite3";
import { resolveDatabaseUrl } from "@/lib/runtime-config.mjs";

type Statements = {
  gone: { get: (section: string, slug: string) => unknown };
  moved: { get: (path: string) => unknown };
};
let statements: Statements | null | undefined;

function lookup(): Statements | null {
  if (statements !== undefined) return statements;
  try {
    const file = resolveDatabaseUrl(process.env).slice("file:".length);
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    statements = {
      gone: db.prepare(
        `SELECT 1 FROM "Article" a JOIN "Section" s ON s.id = a.sectionId
         WHERE s.slug = ? AND a.slug = ? AND a.status <> 'PUBLISHED' AND a.publishedAt IS NOT NULL`,
      ),
      moved: db.prepare(
        `SELECT '/' || s.slug || '/' || a.slug AS target FROM "Redirect" r
         JOIN "Article" a ON a.id = r.articleId JOIN "Section" s ON s.id = a.sectionId
         WHERE r.fromPath = ? AND a.status = 'PUBLISHED'`,
      ),
    };
  } catch {
    statements = null; // no database yet: nothing moved or gone
  }
  return statements;
}

export type PathFate = { kind: "moved"; to: string } | { kind: "gone" } | null;

/** Null for ordinary addresses (the page decides: article or 404). */
export function readerPathFate(sectionSlug: string, slug: string): PathFate {
  const s = lookup();
  if (!s) return null;
  const moved = s.moved.get(`/${sectionSlug}/${slug}`) as { target: string } | undefined;
  if (moved) return { kind: "moved", to: moved.target };
  return s.gone.get(sectionSlug, slug) ? { kind: "gone" } : null;
}

export const GONE_HTML = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Artikel nicht mehr verfügbar</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#171717;background:#fff}
h1{font-family:Georgia,serif}a{color:#b3001b}@media (prefers-color-scheme:dark){body{color:#f5f5f5;background:#0a0a0a}a{color:#ff6b7d}}</style></head>
<body><main><p>Fehler 410</p><h1>Dieser Artikel ist nicht mehr verfügbar</h1>
<p>Die Redaktion hat diesen Artikel zurückgezogen.</p><p><a href="/">Zur Startseite</a></p></main></body></html>`;
