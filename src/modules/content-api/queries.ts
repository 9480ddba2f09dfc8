import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Db, type Tx } from "@/lib/db";
import { publishedWhere } from "../articles/queries";
import { storedBody } from "../articles/dto";
import { absoluteUrl } from "@/lib/site";
import { bodyHtml } from "./html";
import { apiArticleInclude, toApiArticle, toApiAuthor, toApiImage, toApiSection, type ApiArticle, type ApiImage } from "./serialize";
import { isStorableDateTime } from "@/lib/dates";
import type { ArticleField, ArticleQuery } from "./schema";

// What the Content API reads: published articles only (every query starts
// from publishedWhere()), and the sections, tags, authors and images they show.

type Cursor = { t: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(s: string | undefined): Cursor | null | "bad" {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    return typeof c.t === "string" && typeof c.id === "string" && c.id.length <= 64 && isStorableDateTime(c.t) ? c : "bad";
  } catch {
    return "bad";
  }
}

export class BadCursorError extends Error {}

/**
 * Published articles, newest first (by publication time, then id); with
 * `updated_since`, oldest change first from that moment, for syncing. The
 * cursor is the last row's sort key, so pages do not shift when articles are
 * published meanwhile: new ones appear before the first page, not inside the next.
 */
export async function listApiArticles(query: ArticleQuery): Promise<{ data: ApiArticle[]; next: string | null }> {
  const cursor = decodeCursor(query.cursor);
  if (cursor === "bad") throw new BadCursorError();
  const sync = !!query.updated_since;
  const and: Prisma.ArticleWhereInput[] = [publishedWhere()];
  if (query.section) and.push({ section: { slug: query.section } });
  if (query.tag) and.push({ tags: { some: { tag: { slug: query.tag } } } });
  if (query.author) and.push({ bylines: { some: { user: { OR: [{ slug: query.author }, { id: query.author }] } } } });
  if (sync) and.push({ updatedAt: { gte: new Date(query.updated_since!) } });
  if (cursor) {
    const t = new Date(cursor.t);
    and.push(
      sync
        ? { OR: [{ updatedAt: { gt: t } }, { updatedAt: t, id: { gt: cursor.id } }] }
        : { OR: [{ publishedAt: { lt: t } }, { publishedAt: t, id: { lt: cursor.id } }] },
    );
  }
  const rows = await db.article.findMany({
    where: { AND: and },
    orderBy: sync ? [{ updatedAt: "asc" }, { id: "asc" }] : [{ publishedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: apiArticleInclude,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const fields = query.fields?.split(",").map((f) => f.trim()) as ArticleField[] | undefined;
  return {
    data: page.map((a) => toApiArticle(a, fields)),
    next: rows.length > query.limit && last ? encodeCursor({ t: (sync ? last.updatedAt : last.publishedAt!).toISOString(), id: last.id }) : null,
  };
}

export async function getApiArticle(id: string, fields?: ArticleField[]): Promise<ApiArticle | null> {
  const row = await db.article.findFirst({ where: { ...publishedWhere(), id }, include: apiArticleInclude });
  return row ? toApiArticle(row, fields) : null;
}

export async function getApiArticleByPath(sectionSlug: string, slug: string, fields?: ArticleField[]): Promise<ApiArticle | null> {
  const row = await db.article.findFirst({ where: { ...publishedWhere(), slug, section: { slug: sectionSlug } }, include: apiArticleInclude });
  return row ? toApiArticle(row, fields) : null;
}

export async function listApiSections() {
  const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  return sections.map(toApiSection);
}

/** Tags on at least one published article. */
export async function listApiTags() {
  const tags = await db.tag.findMany({ where: { articles: { some: { article: publishedWhere() } } }, orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } });
  return tags;
}

/** People named in the byline of at least one published article. */
export async function listApiAuthors() {
  const users = await db.user.findMany({
    where: { bylines: { some: { article: publishedWhere() } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, bio: true, photoId: true },
  });
  const photoIds = users.map((u) => u.photoId).filter((id): id is string => !!id);
  const photos = photoIds.length ? await db.mediaAsset.findMany({ where: { id: { in: photoIds } } }) : [];
  return users.map((u) => toApiAuthor(u, photos.find((p) => p.id === u.photoId) ?? null));
}

/**
 * An image, if readers can see it: a published article shows it (as its lead
 * image or in its text) or it is the photo of an author with a published
 * article. `client` is a transaction where a webhook asks inside one.
 */
export async function getApiImage(id: string, client: Db | Tx = db): Promise<ApiImage | null> {
  const image = await client.mediaAsset.findFirst({
    where: { id, OR: [{ leadOf: { some: publishedWhere() } }, { usages: { some: { article: publishedWhere() } } }] },
  });
  if (image) return toApiImage(image);
  const photo = await client.user.findFirst({ where: { photoId: id, bylines: { some: { article: publishedWhere() } } }, select: { id: true } });
  if (!photo) return null;
  const m = await client.mediaAsset.findUnique({ where: { id } });
  return m ? toApiImage(m) : null;
}

/** The published standalone pages (Impressum …), footer pages first: never in the article list. */
export async function apiPages() {
  const pages = await db.page.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ inFooter: "desc" }, { footerOrder: "asc" }, { title: "asc" }] });
  return pages.map((p) => {
    const body = storedBody(p.body);
    return {
      id: p.id,
      slug: p.slug,
      title: p.title,
      url: absoluteUrl(`/${p.slug}`),
      inFooter: p.inFooter,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      updatedAt: p.updatedAt.toISOString(),
      body: { blocks: body as unknown as Record<string, unknown>, html: bodyHtml(body, {}) },
    };
  });
}
