import type { Tx } from "@/lib/db";

/** One published article as the search index sees it. */
export type SearchDocument = { articleId: string; headline: string; teaser: string; body: string };
export type SearchHit = { articleId: string; snippet: string };

/**
 * Full-text search behind one interface: SQLite FTS5 now (./sqlite.ts); a
 * PostgreSQL implementation (tsvector, unaccent) can fill the same shape.
 * Writes take the article write's transaction, so the index never disagrees
 * with what was committed.
 */
export interface SearchIndex {
  upsert(tx: Tx, doc: SearchDocument): Promise<void>;
  remove(tx: Tx, articleId: string): Promise<void>;
  /** Published articles only, best first, with a snippet whose hits are wrapped in MARK_START/MARK_END. */
  search(query: string, options: { limit: number; offset: number }): Promise<{ total: number; hits: SearchHit[] }>;
}
