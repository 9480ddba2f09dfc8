import { msg } from "@/i18n/message";
import "server-only";
import type { ArticleRef } from "./schema";
import type { Fields } from "@/lib/validation";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Section } from "@/generated/prisma/client";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { checkArticleImages, recordArticleImages } from "../media/usage";
import { bodyImageIds } from "./body";
import { mergesInto } from "./editing";
import { documentChangedElsewhere } from "../collab/hub";
import { assertNotLockedByOther } from "./locks";
import { checkArticleFields, checkPublishable, type ArticleFields } from "./schema";
import { slugify } from "./slug";
import { storedBody, toEditableArticle } from "./dto";
import { CLEARED, editedFieldsOf, writeWorkingCopy } from "./working-copy";
import { loadForWrite, parseRef, recordRevision, syncRelated, syncTags, writeResult, writeVersioned, type Loaded, type WriteResult } from "./write";

// Content writes: creating and saving an article, and changing its author.
// Status changes (review, publishing, scheduling) are in transitions.ts.

export type { WriteResult } from "./write";
export { publishArticle, unpublishArticle } from "./transitions";

function parseFields(input: unknown): ArticleFields {
  const check = checkArticleFields(input);
  if (!check.ok) throw new ValidationError(check.fieldErrors);
  return check.data;
}

async function requireSection(tx: Tx, sectionId: string): Promise<Section> {
  const section = await tx.section.findUnique({ where: { id: sectionId } });
  if (!section) throw new ValidationError({ sectionId: [msg("articles.errors.chooseSectionFromList")] });
  return section;
}

/**
 * The slug to store: the one typed, if free; otherwise derived from the
 * headline, with -2, -3… appended until free. A typed slug that is taken is an
 * error the editor should see, not something to silently change.
 */
async function resolveSlug(tx: Tx, fields: ArticleFields, articleId: string | null): Promise<string> {
  const taken = async (slug: string) => {
    const other = await tx.article.findUnique({ where: { slug }, select: { id: true } });
    return !!other && other.id !== articleId;
  };
  if (fields.slug) {
    if (await taken(fields.slug)) throw new ValidationError({ slug: [msg("articles.errors.slugTaken")] });
    return fields.slug;
  }
  const base = slugify(fields.headline) || `entwurf-${randomBytes(4).toString("hex")}`;
  // One range query over the unique index for every slug starting with the base
  // (not one query per candidate: a hundred "Liveblog" articles made that slow).
  const stem = base.slice(0, 75);
  const used = new Set(
    (await tx.article.findMany({ where: { slug: { gte: stem, lt: `${stem}\uffff` }, ...(articleId ? { id: { not: articleId } } : {}) }, select: { slug: true } })).map((a) => a.slug),
  );
  if (!used.has(base)) return base;
  for (let n = 2; n < 100_000; n++) {
    if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }
  return `${base.slice(0, 70)}-${randomBytes(4).toString("hex")}`;
}

export async function createArticle(actor: Actor, input: Fields): Promise<WriteResult> {
  assertCan(actor, "article.create");
  const fields = parseFields(input);
  const created = await db.$transaction(async (tx) => {
    await requireSection(tx, fields.sectionId);
    const slug = await resolveSlug(tx, fields, null);
    const images = await checkArticleImages(tx, { leadImageId: fields.leadImageId, bodyImageIds: bodyImageIds(fields.body) });
    const { tagIds, relatedIds, ...content } = fields;
    const article = await tx.article.create({
      data: { ...content, slug, authorId: actor.id, status: "DRAFT", version: 1, bylines: { create: { userId: actor.id, position: 0 } } },
    });
    await syncTags(tx, article.id, tagIds);
    await syncRelated(tx, article.id, relatedIds);
    await recordArticleImages(tx, article.id, images);
    await recordRevision(tx, article, "CREATE", actor.id);
    return loadForWrite(tx, article.id);
  });
  log.info("article.created", { articleId: created.id, userId: actor.id });
  return writeResult(actor, null, created);
}

/**
 * Saves the fields of an article the editor loaded at `version`. An autosave
 * is the same write; its revision replaces the editor's previous autosave from
 * the last 10 minutes instead of piling up (manual saves are all kept).
 */
export async function updateArticle(actor: Actor, refInput: ArticleRef, input: Fields, options: { autosave?: boolean } = {}): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const fields = parseFields(input);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.update", current);
    await assertNotLockedByOther(tx, actor, current.id);
    return saveFields(tx, actor, current, ref.version, fields, options);
  });
  documentChangedElsewhere(ref.id);
  // A working copy changes nothing readers reach: no cache to expire.
  return before ? writeResult(actor, before, after) : { article: toEditableArticle(actor, after), invalidate: [] };
}

/**
 * The save itself, inside the caller's transaction, once the caller has
 * checked who may write: a form's save, or the shared document's store
 * (src/modules/collab). Returns the article before (null: only its working
 * copy changed, nothing readers reach) and after.
 */
export async function saveFields(tx: Tx, actor: Actor, current: Loaded, version: number, input: unknown, options: { autosave?: boolean } = {}): Promise<readonly [Loaded | null, Loaded]> {
  const fields = parseFields(input);
  await requireSection(tx, fields.sectionId);
  const slug = await resolveSlug(tx, fields, current.id);
  if (current.status === "PUBLISHED" || current.status === "SCHEDULED") {
    const missing = checkPublishable({ ...fields, slug });
    if (missing) throw new ValidationError(missing, msg("articles.errors.publishableMissing"));
  }
  const { tagIds, relatedIds, ...content } = fields;
  if (options.autosave) {
    const last = await tx.articleRevision.findFirst({ where: { articleId: current.id }, orderBy: { version: "desc" } });
    if (last && mergesInto(last, actor.id, new Date())) await tx.articleRevision.delete({ where: { id: last.id } });
  }
  const images = await checkArticleImages(tx, { leadImageId: fields.leadImageId, bodyImageIds: bodyImageIds(fields.body) });
  // Published means published: an autosave of a live article is its working copy, which readers never see.
  if (current.status === "PUBLISHED" && options.autosave) {
    return [null, await writeWorkingCopy(tx, actor, current, version, { ...fields, slug }, "AUTOSAVE")] as const;
  }
  // A new update note on a published article is a correction readers see ("Aktualisiert am …").
  const correctedAt = !content.updateNote ? null : content.updateNote !== current.updateNote && current.status === "PUBLISHED" ? new Date() : current.correctedAt;
  // Tags first: the revision the write records names them (a stale version still rolls all of it back).
  await syncTags(tx, current.id, tagIds);
  await syncRelated(tx, current.id, relatedIds);
  // On a published article this is "Update": the form (the working copy as the editor has it now) goes live, and the working copy is done.
  const live = current.status === "PUBLISHED";
  // Updating changes that waited for review approves them.
  if (live && !options.autosave && current.workingCopyInReview) await tx.articleNote.create({ data: { articleId: current.id, authorId: actor.id, kind: "APPROVED", text: "" } });
  await writeVersioned(tx, actor.id, current, version, { ...content, slug, correctedAt, ...(live ? CLEARED : {}) }, options.autosave ? "AUTOSAVE" : live ? "UPDATE" : "SAVE");
  await recordArticleImages(tx, current.id, images);
  return [current, await loadForWrite(tx, current.id)] as const;
}

/** Throws away a published article's working copy: the editor shows the live text again; readers never saw it. */
export async function discardWorkingCopy(actor: Actor, refInput: ArticleRef): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const updated = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.update", current);
    await assertNotLockedByOther(tx, actor, current.id);
    if (current.workingCopy === null) throw new ConflictError(msg("articles.errors.noWorkingCopy"), current.version);
    return writeVersioned(tx, actor.id, current, ref.version, CLEARED, "DISCARD", true);
  });
  documentChangedElsewhere(ref.id);
  return { article: toEditableArticle(actor, updated), invalidate: [] };
}

/**
 * Sets the byline ("Von A und B"): its own permission, never part of a general
 * save. The first author also becomes the article's owner for the permission table.
 */
export async function changeAuthors(actor: Actor, refInput: ArticleRef, authorIdsInput: readonly string[]): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const ids = Array.isArray(authorIdsInput) ? [...new Set(authorIdsInput.filter((x): x is string => typeof x === "string"))] : [];
  if (ids.length === 0 || ids.length > 6) throw new ValidationError({ authorIds: [msg("articles.errors.authorsCount")] });
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.changeAuthor", current);
    const found = await tx.user.findMany({ where: { id: { in: ids }, disabled: false }, select: { id: true } });
    if (found.length !== ids.length) throw new ValidationError({ authorIds: [msg("articles.errors.authorsActive")] });
    await tx.articleAuthor.deleteMany({ where: { articleId: current.id } });
    for (const [position, userId] of ids.entries()) await tx.articleAuthor.create({ data: { articleId: current.id, userId, position } });
    await writeVersioned(tx, actor.id, current, ref.version, { authorId: ids[0]! }, "AUTHOR_CHANGE");
    const updated = await loadForWrite(tx, current.id);
    await recordAudit(tx, {
      action: "article.author-change",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "article",
      targetId: current.id,
      ip: actor.ip,
      detail: ids.join(", "),
    });
    return [current, updated] as const;
  });
  return writeResult(actor, before, after);
}

/** Puts an old revision's text back as a new version; nothing is deleted. */
export async function restoreRevision(actor: Actor, refInput: ArticleRef, revisionIdInput: string): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.update", current);
    await assertNotLockedByOther(tx, actor, current.id);
    const revision = await tx.articleRevision.findFirst({ where: { id: String(revisionIdInput), articleId: current.id } });
    if (!revision) throw new ValidationError({ revision: [msg("articles.errors.revisionForeign")] });
    const { kicker, headline, dateline, credit, teaser } = revision;
    const body = storedBody(revision.body);
    const leadImageId = revision.leadImageId && (await tx.mediaAsset.count({ where: { id: revision.leadImageId } })) > 0 ? revision.leadImageId : null;
    const images = await checkArticleImages(tx, { leadImageId, bodyImageIds: bodyImageIds(body) }, { lenient: true });
    // A live article gets the old text as its working copy: readers see it once someone chooses "Update".
    if (current.status === "PUBLISHED") {
      return [null, await writeWorkingCopy(tx, actor, current, ref.version, { ...editedFieldsOf(current), kicker, headline, dateline, credit, teaser, body, leadImageId }, "RESTORE")] as const;
    }
    const updated = await writeVersioned(tx, actor.id, current, ref.version, { kicker, headline, dateline, credit, teaser, body, leadImageId }, "RESTORE");
    await recordArticleImages(tx, current.id, images);
    return [current, updated] as const;
  });
  // Restored while others type: their document takes the old text once, as an edit (what they type meanwhile stays).
  documentChangedElsewhere(ref.id);
  return before ? writeResult(actor, before, after) : { article: toEditableArticle(actor, after), invalidate: [] };
}
