import { msg } from "@/i18n/message";
import "server-only";
import { unstable_cache } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { containsText, db } from "@/lib/db";
import { absoluteUrl } from "@/lib/site";
import { caseVariants, PAGE_SIZE, type ListQuery, type ListSort } from "./list-query";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "../auth/actor";
import { TAGS } from "./cache-tags";
import { bodyText } from "./body";
import { wordDiff } from "./diff";
import { readerInclude, storedBody, toEditableArticle, toReaderArticle, type EditableArticle, type NewsroomRow, type ReaderArticle, type ReviewRow } from "./dto";
import { articleViewFilter, assertCan, can } from "../access/policy";
import { loadForWrite } from "./write";
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
  version: true,
  headline: true,
  status: true,
  updatedAt: true,
  scheduledAt: true,
  trashedAt: true,
  workingCopyInReview: true,
  section: { select: { name: true } },
  author: { select: { name: true } },
} as const;

type NewsroomSelected = {
  id: string;
  version: number;
  headline: string;
  status: NewsroomRow["status"];
  updatedAt: Date;
  scheduledAt: Date | null;
  trashedAt: Date | null;
  workingCopyInReview: boolean;
  section: { name: string };
  author: { name: string };
};

function toNewsroomRow(r: NewsroomSelected): NewsroomRow {
  return {
    id: r.id,
    version: r.version,
    headline: r.headline,
    status: r.status,
    sectionName: r.section.name,
    authorName: r.author.name,
    updatedAt: r.updatedAt.toISOString(),
    scheduledAt: r.scheduledAt?.toISOString() ?? null,
    trashedAt: r.trashedAt?.toISOString() ?? null,
    changesToLive: r.status === "PUBLISHED" && r.workingCopyInReview,
  };
}

export type ArticlePage = {
  rows: NewsroomRow[];
  /** How many articles match the filters (all pages). */
  total: number;
  /** Cursors for the neighbouring pages; null at either end. */
  nextAfter: string | null;
  prevBefore: string | null;
};

const ORDER: Record<ListSort, Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  oldest: [{ updatedAt: "asc" }, { id: "asc" }],
  headline: [{ headline: "asc" }, { id: "asc" }],
};

/** Headlines containing `words`, whatever their case (umlauts too, see caseVariants). */
function headlineContains(words: string): Prisma.ArticleWhereInput {
  return { OR: caseVariants(words).map((v) => ({ headline: containsText(v) })) };
}

/** The filters of `query` as a where clause, inside what `actor` may see. */
function listWhere(actor: Actor, query: ListQuery, trash: boolean): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [articleViewFilter(actor)];
  and.push(trash ? { status: "TRASHED" } : query.status ? { status: query.status } : { status: { not: "TRASHED" } });
  if (query.q) and.push(headlineContains(query.q));
  if (query.sectionId) and.push({ sectionId: query.sectionId });
  if (query.mine) and.push({ authorId: actor.id });
  else if (query.authorId) and.push({ authorId: query.authorId });
  return { AND: and };
}

/**
 * One page of the newsroom's article list: searched, filtered, sorted, paged
 * by keyset (a page stays the same while others publish, and page 2,000 costs
 * what page 1 does). `trash` lists the trash instead, most recently deleted first.
 */
export async function listNewsroomArticles(actor: Actor, query: ListQuery, { trash = false } = {}): Promise<ArticlePage> {
  const where = listWhere(actor, query, trash);
  const orderBy = trash ? [{ trashedAt: "desc" as const }, { id: "desc" as const }] : ORDER[query.sort];
  const cursorId = query.after ?? query.before;
  const backwards = !query.after && !!query.before;
  const [found, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy,
      select: newsroomSelect,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      take: backwards ? -(PAGE_SIZE + 1) : PAGE_SIZE + 1,
    }),
    db.article.count({ where }),
  ]);
  const more = found.length > PAGE_SIZE;
  const rows = backwards ? found.slice(more ? 1 : 0) : found.slice(0, PAGE_SIZE);
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  return {
    rows: rows.map(toNewsroomRow),
    total,
    nextAfter: (backwards ? !!cursorId : more) ? last : null,
    prevBefore: (backwards ? more : !!cursorId) ? first : null,
  };
}

/** What waits for review: submitted drafts, and changes to live articles (their working copies). */
const inReview = { OR: [{ status: "IN_REVIEW" as const }, { status: "PUBLISHED" as const, workingCopyInReview: true }] };

/**
 * The review queue: submitted articles and changes, longest waiting first,
 * each with its latest submission (who, when, their note for the desk).
 */
export async function listReviewQueue(actor: Actor): Promise<ReviewRow[]> {
  assertCan(actor, "review.queue");
  const rows = await db.article.findMany({
    where: inReview,
    orderBy: [{ updatedAt: "asc" }],
    take: 200,
    select: {
      ...newsroomSelect,
      notes: { where: { kind: "SUBMITTED" }, orderBy: { createdAt: "desc" }, take: 1, select: { text: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  const now = Date.now();
  return rows
    .map((r) => {
      const submitted = r.notes[0];
      const at = submitted?.createdAt ?? r.updatedAt;
      return { ...toNewsroomRow(r), submittedAt: at.toISOString(), submittedBy: submitted?.author?.name ?? null, note: submitted?.text ?? "", waitingMs: Math.max(0, now - at.getTime()) };
    })
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/** For the navigation badge: 0 for people who do not review. */
export async function countReviewQueue(actor: Actor): Promise<number> {
  if (!can(actor, "review.queue")) return 0;
  return db.article.count({ where: inReview });
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
  const article = await loadForWrite(db, id);
  assertCan(actor, "article.view", article);
  const by = article.workingCopyById && article.workingCopyById !== actor.id ? await db.user.findUnique({ where: { id: article.workingCopyById }, select: { name: true } }) : null;
  return toEditableArticle(actor, article, by?.name);
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
  return {
    from: { id: from.id, version: from.version },
    to: { id: to.id, version: to.version },
    parts: wordDiff(asText(from), asText(to)),
    fields: await changedFields(from, to),
  };
}

export type FieldChange = { field: "leadImage" | "updateNote" | "tags" | "byline" | "section" | "slug"; before: string; after: string };

type Snapshot = { leadImageId: string | null; updateNote: string | null; tagNames: string | null; bylineNames: string | null; sectionId: string; slug: string };

/**
 * What changed between two revisions besides the text, in words: the lead
 * image by file name, the correction note, tags, byline, section and address.
 * A snapshot a revision did not record yet (null) is not compared.
 */
async function changedFields(from: Snapshot, to: Snapshot): Promise<FieldChange[]> {
  const imageIds = [from.leadImageId, to.leadImageId].filter((id): id is string => !!id);
  const sectionIds = [from.sectionId, to.sectionId];
  const [images, sections] = await Promise.all([
    imageIds.length ? db.mediaAsset.findMany({ where: { id: { in: imageIds } }, select: { id: true, fileName: true, alt: true } }) : [],
    db.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, name: true } }),
  ]);
  const image = (id: string | null) => {
    if (!id) return "";
    const m = images.find((i) => i.id === id);
    return m ? m.fileName || m.alt || id : id;
  };
  const section = (id: string) => sections.find((s) => s.id === id)?.name ?? id;
  const changes: FieldChange[] = [];
  const compare = (field: FieldChange["field"], before: string | null, after: string | null) => {
    if (before !== null && after !== null && before !== after) changes.push({ field, before, after });
  };
  compare("leadImage", image(from.leadImageId), image(to.leadImageId));
  compare("updateNote", from.updateNote, to.updateNote);
  compare("tags", from.tagNames, to.tagNames);
  compare("byline", from.bylineNames, to.bylineNames);
  compare("section", section(from.sectionId), section(to.sectionId));
  compare("slug", from.slug, to.slug);
  return changes;
}

/** The section of the person's most recent article: where their next one most likely belongs (null for a first article). */
export async function lastSectionOf(actor: Pick<Actor, "id">): Promise<string | null> {
  const last = await db.article.findFirst({ where: { authorId: actor.id }, orderBy: { createdAt: "desc" }, select: { sectionId: true } });
  return last?.sectionId ?? null;
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

export type LinkTarget = { id: string; headline: string; sectionName: string; publishedAt: string; url: string };

/**
 * Published articles whose headline contains `query`, newest first: what the
 * editor's link dialog offers, so a link to the site's own story needs no
 * copying of addresses. Any signed-in person (the answer is public anyway).
 */
export async function searchLinkTargets(_actor: Actor, input: string): Promise<LinkTarget[]> {
  const query = typeof input === "string" ? input.trim().slice(0, 200) : "";
  const rows = await db.article.findMany({
    where: { ...publishedWhere(), ...(query ? headlineContains(query) : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 8,
    select: { id: true, headline: true, slug: true, publishedAt: true, section: { select: { name: true, slug: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    sectionName: r.section.name,
    publishedAt: r.publishedAt!.toISOString(),
    url: absoluteUrl(`/${r.section.slug}/${r.slug}`),
  }));
}
