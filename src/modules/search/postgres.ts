import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import type { SearchIndex } from "./index";
import { MARK_END, MARK_START, toTsQuery } from "./query";
import { COUNT_CAP, RANKED_WINDOW } from "./sqlite";

// PostgreSQL full text (prisma/postgres/migrations/…_search): a generated,
// weighted tsvector with a GIN index, in the redaktion_german configuration
// (unaccent, then the German stemmer). Same contract as the FTS5 index: the
// table holds published articles only, written in the article's transaction;
// relevance among the newest RANKED_WINDOW matches, older matches newest first.

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=" … "`;

type Row = { articleId: string; snippet: string };

export const postgresSearch: SearchIndex = {
  async upsert(tx, doc) {
    // Delete and insert (not update): a fresh "seq" marks the article as newest, as FTS5's rowid does.
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${doc.articleId}`;
    await tx.$executeRaw`INSERT INTO "ArticleSearch" ("articleId", "headline", "teaser", "body") VALUES (${doc.articleId}, ${doc.headline}, ${doc.teaser}, ${doc.body})`;
  },
  async remove(tx: Tx, articleId: string) {
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${articleId}`;
  },
  async search(input, { limit, offset }) {
    const query = toTsQuery(input);
    if (!query) return { total: 0, hits: [] };
    // The count runs beside the page (two connections): the page needs only
    // the window's edge, not the total. The count goes through the GIN index:
    // the planner, which does not price reading each row's tsvector, prefers a
    // sequential scan that stops at COUNT_CAP matches, and that took 47 ms at
    // 100,000 articles against 12 ms through the index.
    // A read: READ COMMITTED, so it never meets a serialization failure (writes run SERIALIZABLE).
    const readCommitted = { isolationLevel: "ReadCommitted" } as unknown as { isolationLevel: "Serializable" };
    const counting = db
      .$transaction(
        [
          db.$executeRaw`SET LOCAL enable_seqscan = off`,
          db.$queryRaw<{ n: bigint | number }[]>`
            SELECT COUNT(*) AS n FROM (
              SELECT 1 FROM "ArticleSearch" WHERE "document" @@ to_tsquery('redaktion_german', ${query}) LIMIT ${COUNT_CAP}
            ) AS capped`,
        ],
        readCommitted,
      )
      .then(([, rows]) => Number(rows[0]?.n ?? 0));
    const paging = (async () => {
      // The seq of the RANKED_WINDOW-th newest match divides "ranked" from "older, newest first".
      const [edge] = await db.$queryRaw<{ seq: bigint | number }[]>`
        SELECT "seq" FROM "ArticleSearch" WHERE "document" @@ to_tsquery('redaktion_german', ${query})
        ORDER BY "seq" DESC LIMIT 1 OFFSET ${RANKED_WINDOW - 1}`;
      if (!edge) return page(query, Prisma.sql`TRUE`, RANKED, limit, offset);
      const threshold = BigInt(edge.seq);
      const ranked = offset < RANKED_WINDOW ? await page(query, Prisma.sql`"seq" >= ${threshold}`, RANKED, Math.min(limit, RANKED_WINDOW - offset), offset) : [];
      const older =
        offset + limit > RANKED_WINDOW
          ? await page(query, Prisma.sql`"seq" < ${threshold}`, NEWEST, limit - ranked.length, Math.max(0, offset - RANKED_WINDOW))
          : [];
      return [...ranked, ...older];
    })();
    const [total, hits] = await Promise.all([counting, paging]);
    return { total, hits: offset < total ? hits : [] };
  },
};

const RANKED = Prisma.sql`"rank" DESC, "seq" DESC`;
const NEWEST = Prisma.sql`"seq" DESC`;

/**
 * One page of matches in the given order, each with its snippet. ts_headline
 * parses the whole text again, so it runs in the outer query, on this page's
 * rows only.
 */
async function page(query: string, where: Prisma.Sql, order: Prisma.Sql, limit: number, offset: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT "articleId", ts_headline('redaktion_german', "teaser" || ' ' || "body", to_tsquery('redaktion_german', ${query}), ${HEADLINE_OPTIONS}) AS snippet
    FROM (
      SELECT "articleId", "teaser", "body", "seq", ts_rank("document", q) AS "rank"
      FROM "ArticleSearch", to_tsquery('redaktion_german', ${query}) AS q
      WHERE "document" @@ q AND ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    ) AS page
    ORDER BY ${order}`;
}
