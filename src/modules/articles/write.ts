import { msg } from "@/i18n/message";
import "server-only";
import type { Article, MediaAsset, Section } from "@/generated/prisma/client";
import type { DbNull } from "@/generated/prisma/internal/prismaNamespace";
import type { RevisionKind } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Actor } from "../auth/actor";
import { searchIndex } from "../infrastructure";
import { enqueueArticleEvent } from "../webhooks/outbox";
import { bodyText } from "./body";
import { tagsForArticleChange } from "./cache-tags";
import { articlePath, storedBody, toEditableArticle, type EditableArticle } from "./dto";
import { articleRefSchema, type ArticleFields, type ArticleRef } from "./schema";

// The write path every article change shares: load, check the version, write,
// record a revision, all inside the caller's transaction.

/** What every write returns: the article as the editor now sees it, and the cache tags to expire. */
export type WriteResult = { article: EditableArticle; invalidate: string[] };
/** An article as writes load it: with what the editor shows besides the row. */
export const loadInclude = {
  section: true,
  bylines: { orderBy: { position: "asc" }, include: { user: { select: { id: true, name: true } } } },
  tags: { select: { tagId: true } },
  leadImage: true,
  related: { orderBy: { position: "asc" }, select: { relatedId: true } },
} as const;
export type Loaded = Article & {
  related: { relatedId: string }[];
  section: Section;
  leadImage: MediaAsset | null;
  bylines: { user: { id: string; name: string } }[];
  tags: { tagId: string }[];
  /** The working copy's lead image, where it differs from the live one (./working-copy.ts). */
  workingLeadImage?: MediaAsset | null;
};

export const CONFLICT_MESSAGE =
  msg("articles.errors.conflict");

export function parseRef(input: unknown): ArticleRef {
  const ref = articleRefSchema.safeParse(input);
  if (!ref.success) throw new ValidationError({ form: [msg("articles.errors.noRef")] });
  return ref.data;
}

/** An article with what the editor shows besides the row; `client` is the transaction of a write, or the database for a read. */
export async function loadForWrite(client: Tx | Db, id: string): Promise<Loaded> {
  const article = await client.article.findUnique({ where: { id }, include: loadInclude });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  const working = workingLeadImageId(article);
  if (working === undefined || working === article.leadImageId) return article;
  return { ...article, workingLeadImage: working ? await client.mediaAsset.findUnique({ where: { id: working } }) : null };
}

/** The lead image the working copy names (undefined: no working copy). */
function workingLeadImageId(a: Article): string | null | undefined {
  const copy = a.workingCopy;
  if (a.status !== "PUBLISHED" || !copy || typeof copy !== "object" || Array.isArray(copy)) return undefined;
  const id = (copy as { leadImageId?: unknown }).leadImageId;
  return typeof id === "string" ? id : null;
}

/** A revision's content when it is not the row's own: a working copy's (it names its tags by id). */
export type RevisionContent = Pick<Article, "kicker" | "headline" | "dateline" | "credit" | "leadImageId" | "teaser" | "slug" | "sectionId" | "updateNote"> & { body: ArticleFields["body"]; tagIds: string[] };

export async function recordRevision(tx: Tx, article: Article, kind: RevisionKind, actorId: string | null, content?: RevisionContent) {
  // What the comparison shows besides the text: the tags and the byline by name, as they were.
  const [tags, bylines] = await Promise.all([
    content
      ? tx.tag.findMany({ where: { id: { in: content.tagIds } }, select: { name: true } }).then((rows) => rows.map((tag) => ({ tag })))
      : tx.articleTag.findMany({ where: { articleId: article.id }, select: { tag: { select: { name: true } } } }),
    tx.articleAuthor.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" }, select: { user: { select: { name: true } } } }),
  ]);
  const c = content ?? article;
  return tx.articleRevision.create({
    data: {
      articleId: article.id,
      version: article.version,
      kind,
      kicker: c.kicker,
      headline: c.headline,
      dateline: c.dateline,
      credit: c.credit,
      leadImageId: c.leadImageId,
      teaser: c.teaser,
      body: c.body ?? {},
      slug: c.slug,
      sectionId: c.sectionId,
      status: article.status,
      updateNote: c.updateNote,
      tagNames: tags
        .map((t) => t.tag.name)
        .sort((a, b) => a.localeCompare(b, "de"))
        .join(", "),
      bylineNames: bylines.map((b) => b.user.name).join(", "),
      authorId: actorId,
    },
  });
}

/** Makes the article's tags exactly `tagIds` (all must exist). */
export async function syncTags(tx: Tx, articleId: string, tagIds: string[]) {
  if (tagIds.length > 0 && (await tx.tag.count({ where: { id: { in: tagIds } } })) !== tagIds.length) {
    throw new ValidationError({ tagIds: [msg("articles.errors.tagsGone")] });
  }
  await tx.articleTag.deleteMany({ where: { articleId, tagId: { notIn: tagIds } } });
  for (const tagId of tagIds) {
    await tx.articleTag.upsert({ where: { articleId_tagId: { articleId, tagId } }, create: { articleId, tagId }, update: {} });
  }
}

/** Makes the article's "Mehr zum Thema" picks exactly `ids`, in order (each must exist and be another article); undefined leaves them. */
export async function syncRelated(tx: Tx, articleId: string, ids: string[] | undefined) {
  if (ids === undefined) return;
  if (ids.includes(articleId)) throw new ValidationError({ relatedIds: [msg("articles.errors.relatedSelf")] });
  if (ids.length > 0 && (await tx.article.count({ where: { id: { in: ids } } })) !== ids.length) {
    throw new ValidationError({ relatedIds: [msg("articles.errors.relatedGone")] });
  }
  await tx.relatedArticle.deleteMany({ where: { articleId } });
  for (const [position, relatedId] of ids.entries()) await tx.relatedArticle.create({ data: { articleId, relatedId, position } });
}

type Writable = Partial<
  Pick<
    Article,
    | "kicker"
    | "headline"
    | "dateline"
    | "credit"
    | "teaser"
    | "slug"
    | "sectionId"
    | "status"
    | "publishedAt"
    | "scheduledAt"
    | "trashedAt"
    | "authorId"
    | "seoTitle"
    | "seoDescription"
    | "updateNote"
    | "correctedAt"
    | "leadImageId"
    | "workingCopyAt"
    | "workingCopyById"
    | "workingCopyInReview"
  >
> & { body?: ArticleFields["body"]; workingCopy?: ArticleFields | typeof DbNull };

/**
 * Writes `data` only if the stored version is still `expected`; bumps the
 * version and records a revision in the same transaction.
 */
export async function writeVersioned(
  tx: Tx,
  actorId: string | null,
  current: Loaded,
  expected: number,
  data: Writable,
  kind: RevisionKind,
  /** True for a write readers never see (a working copy thrown away): no search index, no webhook. */
  unseen = false,
): Promise<Loaded> {
  if (current.version !== expected) throw new ConflictError(CONFLICT_MESSAGE, current.version);
  const { count } = await tx.article.updateMany({
    where: { id: current.id, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE);
  const updated = await loadForWrite(tx, current.id);
  await recordRevision(tx, updated, kind, actorId);
  if (unseen) return updated;
  await syncReaderIndexes(tx, current, updated);
  // Receivers hear of it from the outbox, written in this same transaction.
  await enqueueArticleEvent(tx, current.status, updated.id, updated.status);
  return updated;
}

/**
 * Keeps what readers reach in step with the write, in its transaction: the
 * search index holds exactly the published articles, and an address an
 * article was once published under keeps answering (308 to the new one).
 */
export async function syncReaderIndexes(tx: Tx, before: Loaded, after: Loaded) {
  if (after.status === "PUBLISHED") {
    await searchIndex().upsert(tx, { articleId: after.id, headline: after.headline, teaser: after.teaser, body: bodyText(storedBody(after.body)) });
  } else if (before.status === "PUBLISHED") {
    await searchIndex().remove(tx, after.id);
  }
  const oldPath = articlePath(before.section.slug, before.slug);
  const newPath = articlePath(after.section.slug, after.slug);
  if (oldPath !== newPath) {
    await rememberOldPath(tx, after.id, oldPath, !!before.publishedAt);
    await tx.redirect.deleteMany({ where: { fromPath: newPath } });
  }
}

/** Records `oldPath` as a redirect to the article, if readers may know it (it was published). */
export async function rememberOldPath(tx: Tx, articleId: string, oldPath: string, wasPublished: boolean) {
  if (!wasPublished) return;
  await tx.redirect.upsert({ where: { fromPath: oldPath }, create: { fromPath: oldPath, articleId }, update: { articleId } });
}

export const located = (a: Loaded) => ({ id: a.id, status: a.status, slug: a.slug, sectionSlug: a.section.slug });

export function writeResult(viewer: Actor, before: Loaded | null, after: Loaded): WriteResult {
  return { article: toEditableArticle(viewer, after), invalidate: tagsForArticleChange(before && located(before), located(after)) };
}
