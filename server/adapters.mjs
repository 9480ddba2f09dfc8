// Which implementation of each infrastructure seam this server runs: decided
// here, from the configuration, and nowhere else. The database seam
// (src/lib/db.ts), Next's cache store (server/shared-cache/runtime.mjs) and
// the domain's adapters (src/modules/infrastructure.ts: storage, search, rate
// limits, mail, the scheduler's lock) ask this function and build what it
// names. The start log prints the answer in one line ("adapters").
import { config } from "./config.mjs";

/**
 * @typedef {{
 *   database: "sqlite" | "postgresql",
 *   search: "sqlite-fts5" | "postgresql-tsvector",
 *   storage: "disk" | "s3",
 *   cache: "memory" | "redis",
 *   rateLimits: "database" | "redis",
 *   mail: "none" | "smtp",
 *   schedulerLock: "database-lease",
 * }} Adapters
 */

/** @param {ReturnType<typeof config>} [settings] @returns {Adapters} */
export function adapters(settings = config()) {
  const postgres = settings.database.provider === "postgresql";
  const redis = Boolean(settings.redis.url);
  return {
    database: postgres ? "postgresql" : "sqlite",
    // The database's own full-text index: no search server to run.
    search: postgres ? "postgresql-tsvector" : "sqlite-fts5",
    storage: settings.media.s3 ? "s3" : "disk",
    // Next's data and page cache, and the purge bus between servers.
    cache: redis ? "redis" : "memory",
    // Counters in Redis when it is there (the database stands in while it is away).
    rateLimits: redis ? "redis" : "database",
    mail: settings.mail ? "smtp" : "none",
    schedulerLock: "database-lease",
  };
}
