import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { createMemo } from "@/lib/memo";
import { TAGS } from "../articles/cache-tags";
import { authorPath, newestFirst, readerInclude, type ReaderTeaser, teaserInclude, toReaderTeaser } from "../articles/dto";
import { publishedWhere } from "../articles/queries";
import { searchIndex } from "../infrastructure";
import { toReaderImage } from "../media/dto";
import { variantsComplete } from "../media/variants";

// Reader-side lists: published articles only (publishedWhere), cached and
// tagged with the list tag every publish, unpublish and correction expires.

export const PAGE_SIZE = 20;

export type Page<T> = { items: T[]; page: number; pages: number; total: number };

function pageOf(page: number) {
  const p = Number.isInteger(page) && page > 0 ? page : 1;
  return { page: p, skip: (p - 1) * PAGE_SIZE };
}

const cachedSiteSections = unstable_cache(
  async () => db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { name: true, slug: true } }),
  ["site:sections"],
  { tags: [TAGS.everything, TAGS.sections] },
);

/**
 * For the site's navigation (the reader layout). `next build` renders layouts
 * while it looks for static pages, and there is no database then (a fresh
 * clone has none). No reader page is static, so nothing built here is kept.
 */
export async function listSiteSections(): Promise<{ name: string; slug: string }[]> {
  if (process.env.NEXT_PHASE === "phase-production-build") return [];
  return cachedSiteSections();
}

export function getSectionPage(sectionSlug: string, pageNumber: number) {
  const { page, skip } = pageOf(pageNumber);
  return unstable_cache(
    async () => {
      const section = await db.section.findUnique({ where: { slug: sectionSlug } });
      if (!section) return null;
      const where = { ...publishedWhere(), sectionId: section.id };
      const [total, rows] = await Promise.all([db.article.count({ where }), db.article.findMany({ where, orderBy: newestFirst, skip, take: PAGE_SIZE, include: teaserInclude })]);
      return { section: { name: section.name, slug: section.slug }, list: { items: rows.map(toReaderTeaser), page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total } };
    },
    ["site:section", sectionSlug, String(page)],
    { tags: [TAGS.everything, TAGS.publishedList] },
  )();
}

export function getTagPage(tagSlug: string, pageNumber: number) {
  const { page, skip } = pageOf(pageNumber);
  return unstable_cache(
    async () => {
      const tag = await db.tag.findUnique({ where: { slug: tagSlug } });
      if (!tag) return null;
      const where = { ...publishedWhere(), tags: { some: { tagId: tag.id } } };
      const [total, rows] = await Promise.all([db.article.count({ where }), db.article.findMany({ where, orderBy: newestFirst, skip, take: PAGE_SIZE, include: teaserInclude })]);
      return { tag: { name: tag.name, slug: tag.slug }, list: { items: rows.map(toReaderTeaser), page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total } };
    },
    ["site:tag", tagSlug, String(page)],
    { tags: [TAGS.everything, TAGS.publishedList] },
  )();
}

/**
 * An author page exists for anyone named in the byline of a published
 * article, at /autor/<name-slug>. Asked by an old address (/autor/<id>, or
 * the name before a rename), it answers where the page lives now (`movedTo`).
 */
export function getAuthorPage(ref: string, pageNumber: number) {
  const { page, skip } = pageOf(pageNumber);
  return unstable_cache(
    async () => {
      const select = { id: true, name: true, bio: true, slug: true, photoId: true } as const;
      const user =
        (await db.user.findUnique({ where: { slug: ref }, select })) ??
        (await db.user.findUnique({ where: { id: ref }, select })) ??
        (await db.authorAlias.findUnique({ where: { slug: ref }, select: { user: { select } } }))?.user;
      if (!user) return null;
      const where = { ...publishedWhere(), bylines: { some: { userId: user.id } } };
      const [total, rows, photo] = await Promise.all([
        db.article.count({ where }),
        db.article.findMany({ where, orderBy: newestFirst, skip, take: PAGE_SIZE, include: teaserInclude }),
        user.photoId ? db.mediaAsset.findUnique({ where: { id: user.photoId } }) : null,
      ]);
      if (total === 0) return null;
      const path = authorPath(user);
      return {
        author: { id: user.id, name: user.name, bio: user.bio, path, photo: photo && photo.alt ? toReaderImage(photo) : null },
        movedTo: path !== `/autor/${ref}` ? path : null,
        list: { items: rows.map(toReaderTeaser), page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total },
      };
    },
    ["site:author", ref, String(page)],
    { tags: [TAGS.everything, TAGS.publishedList, TAGS.authors] },
  )();
}

export type SearchResult = ReaderTeaser & { snippet: string };

/** Recent result pages: during breaking news many readers search for the same words. */
const searchMemo = createMemo<Page<SearchResult>>({ max: 1000, ttlMs: 60_000 });

export function searchArticles(query: string, pageNumber: number): Promise<Page<SearchResult>> {
  const { page } = pageOf(pageNumber);
  const normalized = query.slice(0, 200).trim().toLocaleLowerCase("de").replace(/\s+/g, " ");
  return searchMemo.get(`${page} ${normalized}`, () => runSearch(normalized, page));
}

async function runSearch(query: string, pageNumber: number): Promise<Page<SearchResult>> {
  const { page, skip } = pageOf(pageNumber);
  const { total, hits } = await searchIndex().search(query.slice(0, 200), { limit: PAGE_SIZE, offset: skip });
  const rows = await db.article.findMany({ where: { ...publishedWhere(), id: { in: hits.map((h) => h.articleId) } }, include: teaserInclude });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = hits.flatMap((h) => {
    const row = byId.get(h.articleId);
    return row ? [{ ...toReaderTeaser(row), snippet: h.snippet }] : [];
  });
  return { items, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

// ---- Feeds and sitemaps ----------------------------------------------------

export const SITEMAP_PAGE_SIZE = 10_000;

export const countPublished = unstable_cache(async () => db.article.count({ where: publishedWhere() }), ["site:count"], { tags: [TAGS.everything, TAGS.publishedList] });

/**
 * One page of the article sitemap, by a stable order (oldest first) so pages
 * stay put as news arrives. One indexed SQL query: 10,000 rows through the ORM
 * with a relation took seconds at 100,000 articles.
 */
export function sitemapArticles(page: number) {
  return unstable_cache(
    async () => {
      // A tagged template: its placeholders suit SQLite and PostgreSQL alike.
      const rows = await db.$queryRaw<{ section: string; slug: string; lastmod: string | Date }[]>`
        SELECT s."slug" AS section, a."slug" AS slug, COALESCE(a."correctedAt", a."publishedAt", a."updatedAt") AS lastmod
        FROM "Article" a JOIN "Section" s ON s."id" = a."sectionId"
        WHERE a."status" = 'PUBLISHED'
        ORDER BY a."publishedAt" ASC, a."id" ASC LIMIT ${SITEMAP_PAGE_SIZE} OFFSET ${(page - 1) * SITEMAP_PAGE_SIZE}`;
      return rows.map((r) => ({ path: `/${r.section}/${r.slug}`, lastmod: (r.lastmod instanceof Date ? r.lastmod : new Date(r.lastmod)).toISOString() }));
    },
    ["site:sitemap", String(page)],
    { tags: [TAGS.everything, TAGS.publishedList] },
  )();
}

export const sitemapPages = unstable_cache(
  async () => {
    const [sections, tags, authors, pages] = await Promise.all([
      db.section.findMany({ select: { slug: true } }),
      db.tag.findMany({ where: { articles: { some: { article: publishedWhere() } } }, select: { slug: true } }),
      db.user.findMany({ where: { bylines: { some: { article: publishedWhere() } } }, select: { id: true, slug: true } }),
      // Standalone pages (Impressum …): published ones only.
      db.page.findMany({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" }, select: { slug: true } }),
    ]);
    return ["/", ...sections.map((s) => `/${s.slug}`), ...pages.map((p) => `/${p.slug}`), ...tags.map((t) => `/thema/${t.slug}`), ...authors.map(authorPath)];
  },
  ["site:sitemap-pages"],
  { tags: [TAGS.everything, TAGS.publishedList, TAGS.pages] },
);

/** Newest published articles, for feeds and the news sitemap. */
export function feedArticles(options: { sectionSlug?: string; since?: Date; limit: number }) {
  return unstable_cache(
    async () => {
      const rows = await db.article.findMany({
        where: {
          ...publishedWhere(),
          ...(options.sectionSlug ? { section: { slug: options.sectionSlug } } : {}),
          ...(options.since ? { publishedAt: { gte: options.since, lte: new Date() } } : {}),
        },
        orderBy: newestFirst,
        take: options.limit,
        include: readerInclude,
      });
      return rows.map((a) => ({
        title: a.headline,
        path: `/${a.section.slug}/${a.slug}`,
        description: a.seoDescription || a.teaser,
        publishedAt: (a.publishedAt ?? a.updatedAt).toISOString(),
        section: a.section.name,
        authors: a.bylines.map((b) => b.user.name),
        image: a.leadImage ? { id: a.leadImage.id, rev: a.leadImage.rev, ready: variantsComplete(a.leadImage), alt: a.leadImage.alt ?? "" } : null,
      }));
    },
    ["site:feed", options.sectionSlug ?? "", String(options.since ? Math.floor(options.since.getTime() / 60_000) : ""), String(options.limit)],
    { tags: [TAGS.everything, TAGS.publishedList], revalidate: options.since ? 60 : false },
  )();
}
