import { msg } from "@/i18n/message";
import "server-only";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertCan, can } from "../access/policy";
import type { Actor } from "../auth/actor";
import { lockState } from "./editing";

// Editing locks: who has an article open for writing. A heartbeat renews the
// lock; without one it expires after two minutes. Anyone who may edit can take
// it over; the previous holder learns it on their next heartbeat. Writes still
// check the version: the lock spares people conflicts, the version check makes
// them impossible to miss.

export type LockView =
  | { state: "mine" }
  | { state: "held"; holderName: string; since: string; takenFromYou: boolean; byYou: boolean };

const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

function parseClientId(input: unknown): string {
  if (typeof input !== "string" || !CLIENT_ID.test(input)) throw new ConflictError(msg("articles.errors.windowUnknown"));
  return input;
}

async function loadEditable(tx: Tx, actor: Actor, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.update", article);
  return article;
}

async function viewOf(tx: Tx, actor: Actor, articleId: string, clientId: string): Promise<LockView> {
  const lock = await tx.articleLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
  if (lock && lockState(lock, actor.id, clientId, new Date()) === "held") {
    return { state: "held", holderName: lock.user.name, since: lock.since.toISOString(), takenFromYou: lock.takenFromId === actor.id, byYou: lock.userId === actor.id };
  }
  return { state: "mine" };
}

/**
 * Opens an article for editing: takes the lock when it is free, expired or
 * already this tab's; with `takeOver`, takes it from whoever holds it.
 */
export async function acquireLock(actor: Actor, articleIdInput: string, clientIdInput: string, takeOver = false): Promise<LockView> {
  const articleId = String(articleIdInput);
  const clientId = parseClientId(clientIdInput);
  return db.$transaction(async (tx) => {
    await loadEditable(tx, actor, articleId);
    const now = new Date();
    const lock = await tx.articleLock.findUnique({ where: { articleId } });
    const state = lockState(lock, actor.id, clientId, now);
    // The lock belongs to the person: their new tab (the old one closed without a word, or is left behind) takes it at once.
    const ownOtherTab = state === "held" && lock!.userId === actor.id;
    if (state === "held" && !takeOver && !ownOtherTab) return viewOf(tx, actor, articleId, clientId);
    const fresh = { userId: actor.id, clientId, heartbeatAt: now };
    if (state === "mine") await tx.articleLock.update({ where: { articleId }, data: { heartbeatAt: now } });
    else {
      await tx.articleLock.upsert({
        where: { articleId },
        create: { articleId, ...fresh, since: now },
        update: { ...fresh, since: now, takenFromId: state === "held" && !ownOtherTab ? lock!.userId : null },
      });
    }
    return { state: "mine" };
  });
}

/** Renews this tab's lock, or reports who holds it now (e.g. after a take-over). */
export async function heartbeat(actor: Actor, articleIdInput: string, clientIdInput: string): Promise<LockView> {
  const articleId = String(articleIdInput);
  const clientId = parseClientId(clientIdInput);
  return db.$transaction(async (tx) => {
    await loadEditable(tx, actor, articleId);
    const lock = await tx.articleLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
    const state = lockState(lock, actor.id, clientId, new Date());
    if (state === "mine") {
      await tx.articleLock.update({ where: { articleId }, data: { heartbeatAt: new Date() } });
      return { state: "mine" };
    }
    if (state === "held") return viewOf(tx, actor, articleId, clientId);
    if (lock && lock.takenFromId === actor.id) {
      // Taken over from this person, and the taker has left since: stay read-only until they take it back.
      return { state: "held", holderName: lock.user.name, since: lock.since.toISOString(), takenFromYou: true, byYou: false };
    }
    // Expired (a laptop asleep) and nobody took it: this tab carries on.
    const now = new Date();
    await tx.articleLock.upsert({
      where: { articleId },
      create: { articleId, userId: actor.id, clientId, since: now, heartbeatAt: now },
      update: { userId: actor.id, clientId, heartbeatAt: now, takenFromId: null },
    });
    return { state: "mine" };
  });
}

/**
 * A tab that closes lets go (the editor sends this with navigator.sendBeacon
 * on pagehide): only that tab's own lock is removed, so reopening the article,
 * by this person or a colleague, finds it free at once.
 */
export async function releaseLock(actor: Actor, articleIdInput: string, clientIdInput: string): Promise<{ released: boolean }> {
  const articleId = String(articleIdInput);
  const clientId = parseClientId(clientIdInput);
  const { count } = await db.articleLock.deleteMany({ where: { articleId, userId: actor.id, clientId } });
  return { released: count > 0 };
}

/** For writes: refuses when another person holds a live lock on the article. */
export async function assertNotLockedByOther(tx: Tx, actor: Actor, articleId: string) {
  const lock = await tx.articleLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
  if (lock && lock.userId !== actor.id && lockState(lock, actor.id, "-", new Date()) === "held") {
    throw new ConflictError(msg("articles.errors.lockedBy", { name: lock.user.name, since: lock.since }));
  }
}

/** After a status change: a holder who may no longer edit the article lets go of it. */
export async function releaseLockIfNotEditable(tx: Tx, article: { id: string; authorId: string; status: string }) {
  const lock = await tx.articleLock.findUnique({ where: { articleId: article.id }, include: { user: { select: { id: true, role: true } } } });
  if (lock && !can(lock.user, "article.update", article)) await tx.articleLock.delete({ where: { articleId: article.id } });
}
