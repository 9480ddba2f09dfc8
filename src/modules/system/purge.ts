import "server-only";
import { invalidateTags } from "@/lib/cache";
import { enqueuePurge } from "../webhooks/outbox";

/**
 * The one purge: after a change readers see, every cache that holds what
 * `tags` cover (server/reader-routes.mjs) forgets it.
 *
 * 1. At once, this process's memory: the front cache's pages and the memos.
 * 2. Next's cache (server/shared-cache): the expiry is written where every
 *    server reads it; then the other processes and servers drop the tags from
 *    their memory, and nginx fetches the changed pages fresh (PROXY_REFRESH_URLS).
 * 3. CDNs, through the outbox only (a purge endpoint per CDN; PURGE_WEBHOOK_URL
 *    is one since the first start): retried while a CDN is away.
 *
 * Steps 1 and 2 begin before this returns; the promise is step 3, which never
 * fails the change (callers hand it to `after()`).
 */
export function purge(tags: readonly string[]): Promise<number> {
  if (tags.length === 0) return Promise.resolve(0);
  invalidateTags(tags);
  return enqueuePurge(tags);
}
