import "server-only";
import { revalidateTag } from "next/cache";
import { purgeFrontCache } from "./front-cache.mjs";
import { log } from "./log";
import { purgeMemos } from "./memo";
import { purgeCdn } from "./purge";

type Broadcast = (tags: readonly string[]) => Promise<void>;
const BROADCAST = Symbol.for("redaktion.purgeBroadcast");
const registry = globalThis as unknown as { [BROADCAST]?: Broadcast };

/** Set at start-up when REDIS_URL is configured (src/modules/system/purge.ts): tells the other app servers. */
export function setPurgeBroadcast(broadcast: Broadcast | undefined) {
  registry[BROADCAST] = broadcast;
}

/**
 * Expires cached reader data right away (not stale-while-revalidate): after a
 * publish the very next reader request renders fresh, on this server and, with
 * Redis, on every other one; a CDN in front is told the changed addresses
 * (PURGE_WEBHOOK_URL). Services decide which tags; callers (actions, route
 * handlers, jobs) only pass them here.
 */
export function invalidateTags(tags: readonly string[]) {
  if (tags.length === 0) return;
  expireLocally(tags);
  purgeCdn(tags);
  registry[BROADCAST]?.(tags).catch((error) => log.warn("cache.broadcast-failed", { error }));
}

/** This server's caches only: what a purge from another server does here. */
export function expireLocally(tags: readonly string[]) {
  // The server's own front cache holds rendered pages: drop the ones these tags cover.
  purgeFrontCache(tags);
  purgeMemos();
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a request (a start-up job) there may be no cache to expire.
      log.warn("cache.invalidate-failed", { tag, error });
    }
  }
}
