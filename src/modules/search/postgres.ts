import "server-only";
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
    const [countRow] = await db.$queryRaw<{ n: bigint | number }[]>`
      SELECT COUNT(*) AS n FROM (
        SELECT 1 FROM "ArticleSearch" WHERE "document" @@ to_tsquery('redaktion_german', ${query}) LIMIT ${COUNT_CAP}
      ) AS capped`;
    const total = Number(countRow?.n ?? 0);
    if (total === 0 || offset >= total) return { total, hits: [] };
    // Snippets only for the rows of this page: ts_headline parses the whole text again.
    const withSnippets = (rows: { articleId: string; teaser: string; body: string }[]) =>
      Promise.all(
        rows.map(async (r) => {
          const [h] = await db.$queryRaw<{ s: string }[]>`
            SELECT ts_headline('redaktion_german', ${`${r.teaser} ${r.body}`}, to_tsquery('redaktion_german', ${query}), ${HEADLINE_OPTIONS}) AS s`;
          return { articleId: r.articleId, snippet: h?.s ?? "" } satisfies Row;
        }),
      );
    type Match = { articleId: string; teaser: string; body: string };
    if (total <= RANKED_WINDOW) {
      const rows = await db.$queryRaw<Match[]>`
        SELECT "articleId", "teaser", "body" FROM "ArticleSearch", to_tsquery('redaktion_german', ${query}) AS q
        WHERE "document" @@ q ORDER BY ts_rank("document", q) DESC, "seq" DESC LIMIT ${limit} OFFSET ${offset}`;
      return { total, hits: await withSnippets(rows) };
    }
    // The seq of the RANKED_WINDOW-th newest match divides "ranked" from "older, newest first".
    const [edge] = await db.$queryRaw<{ seq: bigint | number }[]>`
      SELECT "seq" FROM "ArticleSearch" WHERE "document" @@ to_tsquery('redaktion_german', ${query})
      ORDER BY "seq" DESC LIMIT 1 OFFSET ${RANKED_WINDOW - 1}`;
    const threshold = BigInt(edge?.seq ?? 0);
    const ranked =
      offset < RANKED_WINDOW
        ? await db.$queryRaw<Match[]>`
            SELECT "articleId", "teaser", "body" FROM "ArticleSearch", to_tsquery('redaktion_german', ${query}) AS q
            WHERE "document" @@ q AND "seq" >= ${threshold}
            ORDER BY ts_rank("document", q) DESC, "seq" DESC LIMIT ${Math.min(limit, RANKED_WINDOW - offset)} OFFSET ${offset}`
        : [];
    const older =
      offset + limit > RANKED_WINDOW
        ? await db.$queryRaw<Match[]>`
            SELECT "articleId", "teaser", "body" FROM "ArticleSearch"
            WHERE "document" @@ to_tsquery('redaktion_german', ${query}) AND "seq" < ${threshold}
            ORDER BY "seq" DESC LIMIT ${limit - ranked.length} OFFSET ${Math.max(0, offset - RANKED_WINDOW)}`
        : [];
    return { total, hits: await withSnippets([...ranked, ...older]) };
  },
};
