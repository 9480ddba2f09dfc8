import "server-only";
import { DbNull } from "@/generated/prisma/internal/prismaNamespace";
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Actor } from "../auth/actor";
import { checkArticleImages, recordArticleImages } from "../media/usage";
import { bodyImageIds } from "./body";
import { storedBody } from "./dto";
import { workingCopyOf, type ArticleFields } from "./schema";
import { CONFLICT_MESSAGE, loadForWrite, recordRevision, syncRelated, syncTags, type Loaded } from "./write";
import type { RevisionKind } from "@/generated/prisma/enums";

// A published article's working copy. Published means published: readers,
// the Content API and webhooks see an article's live fields only, and those
// change on "Update" (or a status change), never on an autosave. While an
// article is PUBLISHED its autosaves (and a restored revision) go here, the
// whole form as the editor sent it, already validated; the editor opens it
// again and says plainly "unpublished changes since 14:05". "Update" writes
// it into the live fields and clears it; "Discard" clears it. An article that
// leaves the site (unpublished, trashed) takes its working copy into its own
// fields: nobody reads it any more, and the editor's words are kept.


/** What the write that makes the working copy live (or throws it away) also sets. */
export const CLEARED = { workingCopy: DbNull, workingCopyAt: null, workingCopyById: null, workingCopyInReview: false } as const;

const contentOf = (fields: ArticleFields) => ({
  kicker: fields.kicker,
  headline: fields.headline,
  dateline: fields.dateline,
  credit: fields.credit,
  teaser: fields.teaser,
  body: fields.body,
  slug: fields.slug,
  sectionId: fields.sectionId,
  leadImageId: fields.leadImageId,
  seoTitle: fields.seoTitle,
  seoDescription: fields.seoDescription,
  updateNote: fields.updateNote,
});

/**
 * Writes `fields` as the working copy of a published article, if the stored
 * version is still `expected`: the version moves on and a revision records
 * the working copy's text (the history shows what the editor wrote, not the
 * live text again), in the caller's transaction. Nothing that readers reach
 * is touched: no live field, no search index, no webhook, no cache tag.
 */
export async function writeWorkingCopy(tx: Tx, actor: Actor, current: Loaded, expected: number, fields: ArticleFields, kind: RevisionKind): Promise<Loaded> {
  if (current.version !== expected) throw new ConflictError(CONFLICT_MESSAGE, current.version);
  const { count } = await tx.article.updateMany({
    where: { id: current.id, version: expected, status: "PUBLISHED" },
    data: { workingCopy: fields, workingCopyAt: new Date(), workingCopyById: actor.id, version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE);
  const updated = await loadForWrite(tx, current.id);
  await recordRevision(tx, updated, kind, actor.id, { ...contentOf(fields), tagIds: fields.tagIds });
  return updated;
}

/**
 * For a write that takes a published article off the site: its working copy
 * becomes its fields (tags and "Mehr zum Thema" too), so the draft the
 * editor finds afterwards is what they last wrote. Nothing when there is none.
 */
export async function foldWorkingCopy(tx: Tx, current: Loaded) {
  const copy = workingCopyOf(current);
  if (!copy) return current.workingCopy === null ? {} : CLEARED;
  // What may have changed since the copy was written: its address taken by another article, its section or a tag removed.
  const slugTaken = copy.slug !== current.slug && (await tx.article.count({ where: { slug: copy.slug, id: { not: current.id } } })) > 0;
  const sectionGone = copy.sectionId !== current.sectionId && (await tx.section.count({ where: { id: copy.sectionId } })) === 0;
  const tagIds = (await tx.tag.findMany({ where: { id: { in: copy.tagIds } }, select: { id: true } })).map((t) => t.id);
  const relatedIds = copy.relatedIds && (await tx.article.findMany({ where: { id: { in: copy.relatedIds, not: current.id } }, select: { id: true } })).map((a) => a.id);
  await syncTags(tx, current.id, tagIds);
  await syncRelated(tx, current.id, relatedIds && copy.relatedIds!.filter((id) => relatedIds.includes(id)));
  const images = await checkArticleImages(tx, { leadImageId: copy.leadImageId, bodyImageIds: bodyImageIds(copy.body) }, { lenient: true });
  await recordArticleImages(tx, current.id, images);
  const leadImageId = copy.leadImageId && images.includes(copy.leadImageId) ? copy.leadImageId : null;
  return { ...contentOf(copy), leadImageId, slug: slugTaken ? current.slug : copy.slug, sectionId: sectionGone ? current.sectionId : copy.sectionId, ...CLEARED };
}

/** The fields the editor edits now: the working copy if there is one, else the article's own. */
export function editedFieldsOf(a: Loaded): ArticleFields {
  const copy = workingCopyOf(a);
  if (copy) return copy;
  const { kicker, headline, dateline, credit, teaser, slug, sectionId, leadImageId, seoTitle, seoDescription, updateNote } = a;
  return {
    kicker, headline, dateline, credit, teaser, slug, sectionId, leadImageId, seoTitle, seoDescription, updateNote,
    body: storedBody(a.body),
    tagIds: a.tags.map((t) => t.tagId),
    relatedIds: a.related.map((r) => r.relatedId),
  };
}
