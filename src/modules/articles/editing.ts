// Rules for revisions and editing locks, kept pure so they can be tested with any clock.

/** Autosaves by the same person within this window share one revision. */
export const AUTOSAVE_MERGE_MS = 10 * 60_000;
/** A lock without a heartbeat for this long is free for anyone. */
export const LOCK_TTL_MS = 2 * 60_000;
/** How often an open editor renews its lock. */
export const HEARTBEAT_MS = 20_000;

type RevisionLike = { kind: string; authorId: string | null; createdAt: Date };

/**
 * Whether a new autosave replaces `last` instead of adding a revision: only
 * autosave over autosave, by the same person, within 10 minutes of the one it
 * replaces. Manual saves, publications and restores are always kept.
 */
export function mergesInto(last: RevisionLike | null | undefined, authorId: string, now: Date): boolean {
  return !!last && last.kind === "AUTOSAVE" && last.authorId === authorId && now.getTime() - last.createdAt.getTime() < AUTOSAVE_MERGE_MS;
}

type LockLike = { userId: string; clientId: string; heartbeatAt: Date };
export type LockState = "free" | "mine" | "held";

/** What a lock means for this tab of this person at `now`. */
export function lockState(lock: LockLike | null | undefined, userId: string, clientId: string, now: Date): LockState {
  if (!lock || now.getTime() - lock.heartbeatAt.getTime() > LOCK_TTL_MS) return "free";
  return lock.userId === userId && lock.clientId === clientId ? "mine" : "held";
}
