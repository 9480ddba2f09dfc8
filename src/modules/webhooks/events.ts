// The events the newsroom sends to webhook endpoints.
export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished", "article.deleted", "front.published", "media.updated"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

type Status = string;

/**
 * What an article write means for receivers, from its status before and
 * after: first on the site, changed while on it (a correction), taken off
 * it, or deleted (to the trash). Nothing for writes readers never saw.
 */
export function articleEventFor(before: Status | null, after: Status): WebhookEvent | null {
  const was = before === "PUBLISHED";
  const is = after === "PUBLISHED";
  if (is) return was ? "article.updated" : "article.published";
  if (!was) return null;
  return after === "TRASHED" ? "article.deleted" : "article.unpublished";
}

/** Retry delays after each failed attempt; the last repeats until 24 hours have passed since the event. */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000];
export const GIVE_UP_AFTER_MS = 24 * 3600_000;

export function nextAttemptDelay(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(attempts - 1, RETRY_DELAYS_MS.length - 1)]!;
}
