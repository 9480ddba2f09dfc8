import "server-only";
import { revalidateTag } from "next/cache";
import { purgeFrontCache } from "@server/front-cache.mjs";
import { log } from "./log";
import { purgeMemos } from "./memo";

/**
 * Expires cached reader data right away (not stale-while-revalidate): after a
 * publish the very next reader request renders fresh, on this server and on
 * every other one. Next applies the expiry at the end of the request through
 * the cache handler (server/shared-cache), which writes it where every server
 * reads it and then tells the other processes to drop the tags from their
 * memory and the proxies in front to refresh (server/shared-cache/proxies.mjs);
 * this process drops them from its memory at once. Services decide which tags; callers (actions, route
 * handlers, jobs) only pass them here.
 */
export function invalidateTags(tags: readonly string[]) {
  if (tags.length === 0) return;
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
