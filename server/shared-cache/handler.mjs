// Next's cache handler (next.config.ts `cacheHandler`): the data cache
// (unstable_cache) and the rendered pages, in the process's shared cache
// (server/shared-cache/runtime.mjs): Redis for every server when REDIS_URL is
// set, this process's memory otherwise. Next makes one handler per request.
import { sharedCache } from "./runtime.mjs";

export default class RedaktionCacheHandler {
  constructor(ctx) {
    this.cache = sharedCache();
    this.cache.useBuildOf(ctx?.serverDistDir);
    // An entry counts as made when the request that made it began: a page
    // rendered from data read before a publish is older than that publish's
    // expiry, however late it is stored.
    this.startedAt = this.cache.store.now();
  }

  async get(key, ctx) {
    const lookupTags = ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
    const record = await this.cache.store.get(key, lookupTags);
    if (!record) return null;
    return { value: record.value, lastModified: record.lastModified, cacheControl: record.cacheControl };
  }

  async set(key, data, ctx) {
    await this.cache.store.set(key, { value: data, tags: ctx?.tags, lastModified: this.startedAt, cacheControl: ctx?.cacheControl });
  }

  async revalidateTag(tags, durations) {
    await this.cache.store.expire(typeof tags === "string" ? [tags] : [...tags], durations);
  }

  resetRequestCache() {}
}
