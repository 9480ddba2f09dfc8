// Every cache tag for reader data is built here, so a write and the reads it
// affects cannot disagree about names.
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

export const TAGS = {
  /** Lists of published articles (home page, later sections and feeds). */
  publishedList: "articles:published",
  /** One reader URL; also tags a cached "not found", so publishing fills it. */
  articlePath: (sectionSlug: string, slug: string) => `article:${sectionSlug}/${slug}`,
  /** The breaking-news banner (its own small address, /eilmeldung.json: no page is rendered again for it). */
  breaking: "site:breaking",
  /**
   * An article left the site (unpublished): pages that may link to it ("Mehr
   * zum Thema" on other articles) are rendered again. Rare; the front cache
   * treats it as "everything".
   */
  withdrawn: "articles:withdrawn",
  /** A curated front by its reader path ("/" or "/politik"): its layout was published or a pin ran out. */
  front: (path: string) => `front:${path}`,
  /** A live ticker's entries and summary (its own address /live/<id>.json, and the article page). */
  ticker: (articleId: string) => `ticker:${articleId}`,
  /** The section navigation every reader page shows. */
  sections: "site:sections",
  /** Every author page (looked up by address, so a rename or a new photo expires them all; rare). */
  authors: "authors:all",
  /**
   * Content API keys as the servers keep them in memory (src/modules/content-api/keys.ts):
   * a revocation empties the in-memory caches on every server, and no page.
   */
  apiKeys: "memo:api-keys",
  /**
   * On every cached entry: expiring it empties the reader caches entirely (a
   * server that may have missed purges while Redis was away does this).
   */
  everything: "site:all",
} as const;

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
