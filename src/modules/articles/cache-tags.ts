// Which cache tags an article's change expires. Every tag is built by TAGS
// (server/reader-routes.mjs), so a write, the reads it affects and the caches
// that purge cannot disagree about names.
import { TAGS } from "@server/reader-routes.mjs";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

// The tags themselves and the reader addresses each covers live with the
// server (server/reader-routes.mjs), which every purging layer reads.
export { TAGS };

type Located = { id: string; status: string; slug: string; sectionSlug: string };

/**
 * Tags to expire after a write that changed an article from `before` to
 * `after`: nothing for a draft that stays unseen, otherwise the lists and both
 * the old and the new URL (a changed slug must stop serving the old page),
 * and everything else derived from the article: its live ticker's feed
 * (/live/<id>.json answers only while the article is published, so a ticker
 * started on a draft appears with the publication and goes with the article).
 */
export function tagsForArticleChange(before: Located | null, after: Located): string[] {
  const wasVisible = before?.status === "PUBLISHED";
  const isVisible = after.status === "PUBLISHED";
  if (!wasVisible && !isVisible) return [];
  const tags: string[] = [TAGS.publishedList, TAGS.articlePath(after.sectionSlug, after.slug), TAGS.ticker(after.id)];
  if (before) tags.push(TAGS.articlePath(before.sectionSlug, before.slug));
  if (wasVisible && !isVisible) tags.push(TAGS.withdrawn);
  return [...new Set(tags)];
}

/**
 * The page tags of every published article `where` selects: what a change
 * shown on those pages (a section or tag name, a byline, an image) expires.
 */
export async function publishedArticleTags(client: Db | Tx, where: Prisma.ArticleWhereInput): Promise<string[]> {
  const rows = await client.article.findMany({ where: { ...where, status: "PUBLISHED" }, select: { slug: true, section: { select: { slug: true } } } });
  return rows.map((a) => TAGS.articlePath(a.section.slug, a.slug));
}
