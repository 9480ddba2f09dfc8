import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SearchIndex } from "./index";
import { MARK_END, MARK_START, toPrefixQuery } from "./query";

const RANK_WINDOW = 2000;
export const COUNT_CAP = 10_000;
// bm25 weights per column: articleId (unindexed), headline, teaser, body.
const RANK = `bm25("ArticleSearch", 0, 10.0, 4.0, 1.0)`;

export const sqliteSearch: SearchIndex = {
  async upsert(tx, doc) {
    await tx.$executeRawUnsafe(`DELETE FROM "ArticleSearch" WHERE "articleId" = ?`, doc.articleId);
    await tx.$executeRawUnsafe(
      `INSERT INTO "ArticleSearch" ("articleId", "headline", "teaser", "body") VALUES (?, ?, ?, ?)`,
      doc.articleId,
      doc.headline,
      doc.teaser,
      doc.body,
    );
  },
  async remove(tx: Tx, articleId: string) {
    await tx.$executeRawUnsafe(`DELETE FROM "ArticleSearch" WHERE "articleId" = ?`, articleId);
  },
  async search(input, { limit, offset }) {
    const match = toPrefixQuery(input);
    if (!match) return { total: 0, hits: [] };
    // A word that is in every article ("Ukraine") would make ranking cost grow
    // with the archive. Ranking is done among the most recent RANK_WINDOW
    // matches (rowid order is write order), which is what news search wants
    // anyway; the count stops at COUNT_CAP.
    const [countRow] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS n FROM (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ? LIMIT ${COUNT_CAP})`,
      match,
    );
    // The join constrains results to published articles even if the index lagged behind.
    const rows = await db.$queryRawUnsafe<{ articleId: string; snippet: string }[]>(
      `SELECT s."articleId" AS articleId, snippet("ArticleSearch", -1, '${MARK_START}', '${MARK_END}', '…', 18) AS snippet
       FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s."articleId"
       WHERE "ArticleSearch" MATCH ? AND a."status" = 'PUBLISHED'
         AND s.rowid IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW})
       ORDER BY ${RANK} LIMIT ? OFFSET ?`,
      match,
      match,
      limit,
      offset,
    );
    return { total: Number(countRow?.n ?? 0), hits: rows.map((r) => ({ articleId: r.articleId, snippet: r.snippet })) };
  },
};

/** The index in use (one place to switch when PostgreSQL arrives). */
export const searchIndex: SearchIndex = sqliteSearch;
