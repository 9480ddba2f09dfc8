import { msg } from "@/i18n/message";
import "server-only";
import { documentChangedElsewhere } from "../collab/hub";
import type { ArticleRef } from "./schema";
import type { NoteKind } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { config } from "@server/config.mjs";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { TAGS, tagsForArticleChange } from "./cache-tags";
import { checkPublishable } from "./schema";
import { releaseLockIfNotEditable } from "./locks";
import { checkTransition, TRANSITIONS, type TransitionName } from "./workflow";
import { foldWorkingCopy } from "./working-copy";
import { toEditableArticle } from "./dto";
import { loadForWrite, located, parseRef, writeResult, writeVersioned, type Loaded, type WriteResult } from "./write";

// Status changes. Each one: permission (access/policy.ts), legality
// (workflow.ts), version check, revision, review note and audit entry, in one
// transaction.

const MAX_NOTE = 2000;
const MIN_SCHEDULE_AHEAD_MS = 5_000;
const MAX_SCHEDULE_AHEAD_MS = 2 * 365 * 24 * 3600_000;

type Options = {
  data?: (current: Loaded) => Parameters<typeof writeVersioned>[4];
  check?: (current: Loaded) => void;
  note?: (current: Loaded) => { kind: NoteKind; text: string } | null;
  audit?: string;
  auditDetail?: string;
  releaseOwnLock?: boolean;
};

/** The steps of review that also apply to a live article's working copy (./working-copy.ts). */
const WORKING_COPY_REVIEW: Partial<Record<TransitionName, boolean>> = { submit: true, withdraw: false, requestChanges: false };

async function transition(actor: Actor, refInput: unknown, name: TransitionName, options: Options = {}): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    // A live article is reviewed through its working copy: the flag moves, the site does not.
    const toReview = WORKING_COPY_REVIEW[name];
    if (current.status === "PUBLISHED" && toReview !== undefined) {
      assertCan(actor, TRANSITIONS[name].permission, current);
      if (current.workingCopy === null || current.workingCopyInReview === toReview) {
        throw new ConflictError(msg(toReview ? "articles.errors.noChangesToSubmit" : "articles.errors.changesNotInReview"), current.version);
      }
      const updated = await writeVersioned(tx, actor.id, current, ref.version, { workingCopyInReview: toReview }, TRANSITIONS[name].revision, true);
      const note = options.note?.(current);
      if (note) await tx.articleNote.create({ data: { articleId: current.id, authorId: actor.id, kind: note.kind, text: note.text } });
      if (options.audit) await recordAudit(tx, { action: options.audit, actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: current.id, ip: actor.ip, detail: "working copy" });
      return [null, updated] as const;
    }
    const step = checkTransitionFor(actor, current, name);
    options.check?.(current);
    // Off the site: a working copy becomes the article's own text (nobody reads it any more; the editor's words stay).
    const folded = current.status === "PUBLISHED" && step.to !== "PUBLISHED" ? await foldWorkingCopy(tx, current) : {};
    const updated = await writeVersioned(tx, actor.id, current, ref.version, { status: step.to, ...folded, ...options.data?.(current) }, step.revision);
    await releaseLockIfNotEditable(tx, updated);
    if (options.releaseOwnLock) await tx.articleLock.deleteMany({ where: { articleId: current.id, userId: actor.id } });
    const note = options.note?.(current);
    if (note) await tx.articleNote.create({ data: { articleId: current.id, authorId: actor.id, kind: note.kind, text: note.text } });
    if (options.audit) {
      await recordAudit(tx, {
        action: options.audit,
        actorId: actor.id,
        actorEmail: actor.email,
        targetType: "article",
        targetId: current.id,
        ip: actor.ip,
        detail: options.auditDetail,
      });
    }
    return [current, updated] as const;
  });
  log.info(`article.${name}`, { articleId: after.id, userId: actor.id, status: after.status });
  documentChangedElsewhere(after.id);
  // Review of a working copy changes nothing readers see.
  return before ? writeResult(actor, before, after) : { article: toEditableArticle(actor, after), invalidate: [] };
}

function checkTransitionFor(actor: Actor, current: Loaded, name: TransitionName) {
  // Permission first: someone who may not act learns nothing about the status.
  assertCan(actor, TRANSITIONS[name].permission, current);
  return checkTransition(name, current.status, current.version);
}

function requirePublishable(current: Loaded) {
  const missing = checkPublishable(current);
  if (missing) throw new ValidationError(missing, msg("articles.errors.fillBeforePublish"));
}

function noteText(input: unknown, field: string, required: boolean): string {
  const text = typeof input === "string" ? input.trim() : "";
  if (required && !text) throw new ValidationError({ [field]: [msg("articles.errors.sayWhatChanges")] });
  if (text.length > MAX_NOTE) throw new ValidationError({ [field]: [msg("articles.errors.noteMax", { max: MAX_NOTE })] });
  return text;
}

export function parseScheduleTime(input: unknown, now: Date = new Date()): Date {
  const at = typeof input === "string" ? new Date(input) : null;
  if (!at || Number.isNaN(at.getTime())) throw new ValidationError({ scheduledAt: [msg("articles.errors.scheduleDate")] });
  if (at.getTime() < now.getTime() + MIN_SCHEDULE_AHEAD_MS) {
    throw new ValidationError({ scheduledAt: [msg("articles.errors.scheduleFuture")] });
  }
  if (at.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS) throw new ValidationError({ scheduledAt: [msg("articles.errors.scheduleTwoYears")] });
  return at;
}

export async function submitForReview(actor: Actor, ref: ArticleRef, note = "") {
  const text = noteText(note, "note", false);
  return transition(actor, ref, "submit", { note: () => ({ kind: "SUBMITTED", text }) });
}

/** The author takes the article back from review: a draft again, theirs to change. */
export async function withdrawFromReview(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "withdraw", { audit: "article.withdraw" });
}

export async function requestChanges(actor: Actor, ref: ArticleRef, comment: string) {
  const text = noteText(comment, "comment", true);
  return transition(actor, ref, "requestChanges", {
    note: () => ({ kind: "CHANGES_REQUESTED", text }),
    audit: "article.request-changes",
    // Sending it back hands it back: the editor lets go of the lock.
    releaseOwnLock: true,
  });
}

/** Publishes now (from a draft, from review as "Approve and publish", or ahead of its schedule). */
export async function publishArticle(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "publish", {
    check: requirePublishable,
    data: (current) => ({ publishedAt: current.publishedAt ?? new Date(), scheduledAt: null }),
    note: (current) => (current.status === "IN_REVIEW" ? { kind: "APPROVED", text: "" } : null),
    audit: "article.publish",
  });
}

export async function scheduleArticle(actor: Actor, ref: ArticleRef, when: string) {
  const at = parseScheduleTime(when);
  return transition(actor, ref, "schedule", {
    check: requirePublishable,
    data: () => ({ scheduledAt: at }),
    note: (current) => (current.status === "IN_REVIEW" ? { kind: "APPROVED", text: "" } : null),
    audit: "article.schedule",
    auditDetail: at.toISOString(),
  });
}

export async function unscheduleArticle(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "unschedule", { data: () => ({ scheduledAt: null }), audit: "article.unschedule" });
}

export async function unpublishArticle(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "unpublish", { audit: "article.unpublish" });
}

export async function reopenArticle(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "reopen", { audit: "article.reopen" });
}

/** To the trash: off the site at once (its address answers 410 if it was published), restorable until purged. */
export async function trashArticle(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "trash", {
    data: () => ({ trashedAt: new Date(), scheduledAt: null }),
    audit: "article.trash",
    releaseOwnLock: true,
  });
}

/** Out of the trash as a draft: it goes back on the site only by being published again. */
export async function restoreFromTrash(actor: Actor, ref: ArticleRef) {
  return transition(actor, ref, "untrash", { data: () => ({ trashedAt: null }), audit: "article.untrash" });
}

/**
 * Deletes a trashed article for good, with its revisions, notes and links
 * (the database cascades). The audit entry keeps its headline, the only trace.
 */
export async function purgeArticle(actor: Actor, idInput: string): Promise<{ headline: string; invalidate: string[] }> {
  assertCan(actor, "article.purge");
  const id = typeof idInput === "string" ? idInput : "";
  const headline = await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id }, select: { id: true, status: true, headline: true } });
    if (!current) throw new NotFoundError(msg("articles.errors.gone"));
    if (current.status !== "TRASHED") throw new ConflictError(msg("articles.trash.purgeOnlyTrashed"));
    await tx.article.delete({ where: { id } });
    await recordAudit(tx, { action: "article.purge", actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: id, ip: actor.ip, detail: current.headline });
    return current.headline;
  });
  log.info("article.purge", { articleId: id, userId: actor.id });
  // Off the site since it went to the trash; its ticker feed goes once more, in case a server missed that purge.
  return { headline, invalidate: [TAGS.ticker(id)] };
}

/** The scheduler's part: purges what has been in the trash longer than the retention period. */
export async function purgeExpiredTrash(now: Date = new Date(), retentionDays = config().trashRetentionDays): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600_000);
  const expired = await db.article.findMany({ where: { status: "TRASHED", trashedAt: { lte: cutoff } }, select: { id: true, headline: true }, take: 200 });
  let purged = 0;
  for (const row of expired) {
    try {
      await db.$transaction(async (tx) => {
        const { count } = await tx.article.deleteMany({ where: { id: row.id, status: "TRASHED", trashedAt: { lte: cutoff } } });
        if (count === 1) {
          await recordAudit(tx, { action: "article.purge", actorEmail: "scheduler", targetType: "article", targetId: row.id, detail: row.headline });
          purged++;
        }
      });
    } catch (error) {
      log.error("scheduler.purge-failed", { articleId: row.id, error });
    }
  }
  if (purged) log.info("scheduler.purged-trash", { purged, retentionDays });
  return purged;
}

/**
 * The scheduler's work: publishes every SCHEDULED article whose time has come
 * (`now` is injectable for tests). Each article is its own transaction, so one
 * failure does not hold back the rest. Returns the cache tags to expire.
 */
export async function publishDueArticles(now: Date = new Date()): Promise<{ published: { id: string; late: boolean }[]; invalidate: string[] }> {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    select: { id: true },
    orderBy: { scheduledAt: "asc" },
    take: 500,
  });
  const published: { id: string; late: boolean }[] = [];
  const invalidate = new Set<string>();
  for (const { id } of due) {
    try {
      const done = await db.$transaction(async (tx) => {
        const current = await loadForWrite(tx, id);
        if (current.status !== "SCHEDULED" || !current.scheduledAt || current.scheduledAt > now) return null;
        const updated = await writeVersioned(tx, null, current, current.version, { status: "PUBLISHED", publishedAt: now, scheduledAt: null }, "PUBLISH");
        const late = now.getTime() - current.scheduledAt.getTime() > 60_000;
        await recordAudit(tx, {
          action: "article.publish",
          actorEmail: "scheduler",
          targetType: "article",
          targetId: id,
          detail: `scheduled for ${current.scheduledAt.toISOString()}${late ? " (missed, published late)" : ""}`,
        });
        return { current, updated, late };
      });
      if (!done) continue;
      published.push({ id, late: done.late });
      tagsForArticleChange(located(done.current), located(done.updated)).forEach((t) => invalidate.add(t));
      log.info(done.late ? "scheduler.published-late" : "scheduler.published", { articleId: id, scheduledAt: done.current.scheduledAt?.toISOString() });
    } catch (error) {
      log.error("scheduler.publish-failed", { articleId: id, error });
    }
  }
  return { published, invalidate: [...invalidate] };
}
