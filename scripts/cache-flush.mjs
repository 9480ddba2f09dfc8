#!/usr/bin/env node
// `npm run cache:flush`: empties the cache the app servers share in Redis
// (every build's pages and data, every tag expiry) and tells running servers
// to drop what they hold in memory. `npm run restore` does this itself: after
// a restore the database is older than what was rendered from it. Without
// REDIS_URL there is nothing shared to empty (each server starts with an
// empty cache of its own).
import { pathToFileURL } from "node:url";
import { Redis } from "ioredis";
import { config } from "../server/config.mjs";
import { EVERYTHING } from "../server/shared-cache/runtime.mjs";
import { PURGE_CHANNEL } from "../server/shared-cache/purge-bus.mjs";
import { flushShared } from "../server/shared-cache/store.mjs";

/** Returns the number of keys removed, or null without REDIS_URL. */
export async function flushSharedCache() {
  const { url, display } = config().redis;
  if (!url) return null;
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 3000, lazyConnect: true });
  try {
    await redis.connect().catch((error) => {
      throw new Error(`Redis at ${display} does not answer (REDIS_URL): ${error.message}. The shared cache was not emptied; run npm run cache:flush once it is up.`);
    });
    const removed = await flushShared(redis);
    await redis.publish(PURGE_CHANNEL, JSON.stringify({ from: "cache-flush", tags: [EVERYTHING] }));
    return removed;
  } finally {
    redis.disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const removed = await flushSharedCache();
    console.log(removed === null ? "REDIS_URL is not set: there is no shared cache to empty." : `Emptied the shared cache in ${config().redis.display}: ${removed} keys removed; running servers were told to drop what they hold.`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
