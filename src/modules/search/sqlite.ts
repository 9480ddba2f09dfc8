import "server-only";
import { db, type Tx } from "@/lib/db";
import type { SearchIndex } from "./index";
import { MARK_END, MARK_START, toPrefixQuery } from "./query";

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
    // The join constrains results to published articles even if the index lagged behind.
    const from = `FROM "ArticleSearch" s JOIN "Article" a ON a."id" = s."articleId" WHERE "ArticleSearch" MATCH ? AND a."status" = 'PUBLISHED'`;
    const [countRow] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n ${from}`, match);
    const rows = await db.$queryRawUnsafe<{ articleId: string; snippet: string }[]>(
      `SELECT s."articleId" AS articleId, snippet("ArticleSearch", -1, '${MARK_START}', '${MARK_END}', '…', 18) AS snippet ${from} ORDER BY ${RANK} LIMIT ? OFFSET ?`,
      match,
      limit,
      offset,
    );
    return { total: Number(countRow?.n ?? 0), hits: rows.map((r) => ({ articleId: r.articleId, snippet: r.snippet })) };
  },
};

/** The index in use (one place to switch when PostgreSQL arrives). */
export const searchIndex: SearchIndex = sqliteSearch;
