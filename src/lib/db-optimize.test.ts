import { expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db, optimizeDatabase } = await import("@/lib/db");

it("refreshes the planner statistics so an id lookup among published articles uses the primary key", async () => {
  const section = await db.section.create({ data: { name: "Politik", slug: "politik" } });
  const author = await db.user.create({ data: { name: "A", email: "a@example.org" } });
  for (let i = 0; i < 300; i++) {
    await db.article.create({ data: { headline: `A ${i}`, body: {}, slug: `a-${i}`, status: "PUBLISHED", publishedAt: new Date(), sectionId: section.id, authorId: author.id } });
  }
  await optimizeDatabase();
  const stats = await db.$queryRawUnsafe<{ idx: string }[]>(`SELECT idx FROM sqlite_stat1 WHERE tbl = 'Article'`);
  expect(stats.map((s) => s.idx)).toContain("Article_status_publishedAt_idx");
  const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN SELECT * FROM "Article" WHERE status = 'PUBLISHED' AND publishedAt <= ? AND id IN (?, ?, ?)`,
    new Date().toISOString(),
    "x",
    "y",
    "z",
  );
  expect(plan.map((p) => p.detail).join(" ")).toContain("sqlite_autoindex_Article_1");
});
