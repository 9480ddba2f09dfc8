// What an article address means besides "here it is", for proxy.ts: moved
// (308 to where it lives now, from the redirect table) or gone (410: it was
// published and is not any more). Asked through the data layer, so it works on
// any database, and remembered for a minute in a memo that every write
// empties (src/lib/memo.ts), so a correction or an unpublish shows at once.
import { db } from "@/lib/db";
import { createMemo } from "@/lib/memo";

export type PathFate = { kind: "moved"; to: string } | { kind: "gone" } | null;

const fates = createMemo<PathFate>({ max: 5000, ttlMs: 60_000 });

async function lookUp(sectionSlug: string, slug: string): Promise<PathFate> {
  const moved = await db.redirect.findUnique({
    where: { fromPath: `/${sectionSlug}/${slug}` },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  if (moved?.article.status === "PUBLISHED") return { kind: "moved", to: `/${moved.article.section.slug}/${moved.article.slug}` };
  const gone = await db.article.findFirst({
    where: { slug, section: { slug: sectionSlug }, status: { not: "PUBLISHED" }, publishedAt: { not: null } },
    select: { id: true },
  });
  return gone ? { kind: "gone" } : null;
}

/** Null for ordinary addresses (the page decides: article or 404). */
export async function readerPathFate(sectionSlug: string, slug: string): Promise<PathFate> {
  try {
    return await fates.get(`${sectionSlug}/${slug}`, () => lookUp(sectionSlug, slug));
  } catch {
    return null; // no database yet (a fresh clone before its first start): nothing moved or gone
  }
}

