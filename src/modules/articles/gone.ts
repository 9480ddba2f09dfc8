// "Was this reader address ever published?" for proxy.ts, which answers 410
// Gone for articles taken off the site. The proxy runs apart from the app's
// Prisma client, so this opens its own read-only SQLite handle: one indexed
// lookup, only for paths shaped like /section/slug. Nothing here writes.
import Database from "better-sqlite3";
import { resolveDatabaseUrl } from "@/lib/runtime-config.mjs";

type Statement = { get: (section: string, slug: string) => unknown };
let statement: Statement | null | undefined;

function lookup(): Statement | null {
  if (statement !== undefined) return statement;
  try {
    const file = resolveDatabaseUrl(process.env).slice("file:".length);
    const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    statement = db.prepare(
      `SELECT 1 FROM "Article" a JOIN "Section" s ON s.id = a.sectionId
       WHERE s.slug = ? AND a.slug = ? AND a.status <> 'PUBLISHED' AND a.publishedAt IS NOT NULL`,
    );
  } catch {
    statement = null; // no database yet: nothing can be gone
  }
  return statement;
}

export function isGoneArticle(sectionSlug: string, slug: string): boolean {
  return !!lookup()?.get(sectionSlug, slug);
}

export const GONE_HTML = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Artikel nicht mehr verfügbar</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.6;color:#171717;background:#fff}
h1{font-family:Georgia,serif}a{color:#b3001b}@media (prefers-color-scheme:dark){body{color:#f5f5f5;background:#0a0a0a}a{color:#ff6b7d}}</style></head>
<body><main><p>Fehler 410</p><h1>Dieser Artikel ist nicht mehr verfügbar</h1>
<p>Die Redaktion hat diesen Artikel zurückgezogen.</p><p><a href="/">Zur Startseite</a></p></main></body></html>`;
