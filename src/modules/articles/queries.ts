import { msg } from "@/i18n/message";
import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "../auth/actor";
import { TAGS } from "./cache-tags";
import { bodyText } from "./body";
import { wordDiff } from "./diff";
import { readerInclude, storedBody, toEditableArticle, toReaderArticle, type EditableArticle, type NewsroomRow, type ReaderArticle } from "./dto";
import { articleViewFilter, assertCan, can } from "../access/policy";
import { loadInclude } from "./write";
import type { ReviewNote } from "./dto";

/**
 * The only filter reader queries use: the database never returns a draft to a
 * reader page, so no later step can leak one.
 */
export function publishedWhere() {
  return { status: "PUBLISHED" as const, publishedAt: { lte: new Date() } };
}

// ---- Reader side: cached, tagged, published only --------------------------

export function getPublishedArticle(sectionSlug: string, slug: string): Promise<ReaderArticle | null> {
  return unstable_cache(
    async () => {
      const row = await db.article.findFirst({
        where: { ...publishedWhere(), slug, section: { slug: sectionSlug } },
        include: readerInclude,
      });
      return row ? toReaderArticle(row) : null;
    },
    ["reader:article", sectionSlug, slug],
    { tags: [TAGS.everything, TAGS.articlePath(sectionSlug, slug)] },
  )();
}

// ---- Newsroom side: never cached, always for a checked actor --------------

const newsroomSelect = {
  id: true,
  headline: true,
  status: true,
  updatedAt: true,
  scheduledAt: true,
  section: { select: { name: true } },
  author: { select: { name: true } },
} as const;

type NewsroomSelected = {
  id: string;
  headline: string;
  status: NewsroomRow["status"];
  updatedAt: Date;
  scheduledAt: Date | null;
  section: { name: string };
  author: { name: string };
};

function toNewsroomRow(r: NewsroomSelected): NewsroomRow {
  return {
    id: r.id,
    headline: r.headline,
    status: r.status,
    sectionName: r.section.name,
    authorName: r.author.name,
    updatedAt: r.updatedAt.toISOString(),
    scheduledAt: r.scheduledAt?.toISOString() ?? null,
  };
}

export async function listNewsroomArticles(actor: Actor): Promise<NewsroomRow[]> {
  const rows = await db.article.findMany({
    where: articleViewFilter(actor),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: newsroomSelect,
  });
  return rows.map(toNewsroomRow);
}

/** The review queue: submitted articles, oldest submission first. */
export async function listReviewQueue(actor: Actor): Promise<NewsroomRow[]> {
  assertCan(actor, "review.queue");
  const rows = await db.article.findMany({ where: { status: "IN_REVIEW" }, orderBy: [{ updatedAt: "asc" }], take: 200, select: newsroomSelect });
  return rows.map(toNewsroomRow);
}

/** For the navigation badge: 0 for people who do not review. */
export async function countReviewQueue(actor: Actor): Promise<number> {
  if (!can(actor, "review.queue")) return 0;
  return db.article.count({ where: { status: "IN_REVIEW" } });
}

export async function listReviewNotes(actor: Actor, articleId: string): Promise<ReviewNote[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.view", article);
  const notes = await db.articleNote.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { author: { select: { name: true } } },
  });
  return notes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, authorName: n.author?.name ?? "—", createdAt: n.createdAt.toISOString() }));
}

export async function getArticleForEditing(actor: Actor, id: string): Promise<EditableArticle> {
  const article = await db.article.findUnique({ where: { id }, include: loadInclude });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.view", article);
  return toEditableArticle(actor, article);
}

export type SectionOption = { id: string; name: string; slug: string };

export type TagOption = { id: string; name: string };

export async function listTags(): Promise<TagOption[]> {
  return db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export type RevisionRow = { id: string; version: number; kind: string; authorName: string; createdAt: string; headline: string };

export async function listRevisions(actor: Actor, articleId: string): Promise<RevisionRow[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.view", article);
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    take: 200,
    select: { id: true, version: true, kind: true, createdAt: true, headline: true, author: { select: { name: true } } },
  });
  return revisions.map((r) => ({ id: r.id, version: r.version, kind: r.kind, authorName: r.author?.name ?? "Scheduler", createdAt: r.createdAt.toISOString(), headline: r.headline }));
}

/** Word-level differences between two revisions of one article (headline, teaser and body as text). */
export async function compareRevisions(actor: Actor, articleId: string, fromId: string, toId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.view", article);
  const [from, to] = await Promise.all(
    [fromId, toId].map((id) => db.articleRevision.findFirst({ where: { id, articleId } })),
  );
  if (!from || !to) throw new NotFoundError(msg("articles.errors.revisionsForeign"));
  const asText = (r: NonNullable<typeof from>) =>
    [r.kicker, r.headline, r.dateline, r.teaser, bodyText(storedBody(r.body))].filter(Boolean).join("\n\n");
  return { from: { id: from.id, version: from.version }, to: { id: to.id, version: to.version }, parts: wordDiff(asText(from), asText(to)) };
}

export async function listSections(): Promise<SectionOption[]> {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } });
}

/** Published articles an editor may pick for "Mehr zum Thema" (newest first), plus the ones already picked. */
export async function listRelatedOptions(picked: string[] = [], take = 150): Promise<{ id: string; headline: string }[]> {
  const [recent, named] = await Promise.all([
    db.article.findMany({ where: publishedWhere(), orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take, select: { id: true, headline: true } }),
    picked.length > 0 ? db.article.findMany({ where: { id: { in: picked } }, select: { id: true, headline: true } }) : [],
  ]);
  const seen = new Set(recent.map((a) => a.id));
  return [...recent, ...named.filter((a) => !seen.has(a.id))];
}
