import "server-only";
import { adapters } from "@server/adapters.mjs";
import { config } from "@server/config.mjs";
import { redis } from "@/lib/redis";
import { databaseRateLimiter, type RateLimiter } from "./auth/rate-limit";
import { leasedLimiter, type LeasedLimiter } from "./auth/rate-limit-lease";
import { redisRateLimiter, withFallback } from "./auth/rate-limit-redis";
import { noMail, smtpMailer, type Mailer } from "./mail/mailer";
import { S3Storage } from "./media/s3-storage";
import { LocalDiskStorage, type MediaStorage } from "./media/storage";
import type { SearchIndex } from "./search";
import { postgresSearch } from "./search/postgres";
import { sqliteSearch } from "./search/sqlite";
import { databaseLease, type SingletonLock } from "./system/lease";

/**
 * Every infrastructure adapter of the domain, built here. Domain code asks
 * here for an interface and never imports an implementation; which one runs
 * is decided in one place, server/adapters.mjs, from the configuration:
 *
 * | seam                         | interface                         | implementation now                          |
 * |------------------------------|-----------------------------------|---------------------------------------------|
 * | database                     | Prisma client (`src/lib/db.ts`)   | SQLite file (src/lib/database/sqlite.ts) or |
 * |                              |                                   | PostgreSQL (src/lib/database/postgres.ts),  |
 * |                              |                                   | picked by DATABASE_URL                      |
 * | search index                 | `SearchIndex` (./search)          | the database's own: FTS5 (./search/sqlite.ts)|
 * |                              |                                   | or tsvector (./search/postgres.ts)          |
 * | media storage                | `MediaStorage` (./media/storage)  | local folder (MEDIA_DIR), or an S3-compatible|
 * |                              |                                   | bucket (MEDIA_STORE=s3, ./media/s3-storage) |
 * | rate limiter                 | `RateLimiter` (./auth/rate-limit) | counters in the database, or in Redis       |
 * |                              |                                   | (REDIS_URL; the database while it is away); |
 * |                              |                                   | API keys claim from it in leases            |
 * | reader caches and their purge| `purge` (./system/purge)          | memory, Next's cache (Redis with REDIS_URL, |
 * |                              |                                   | server/shared-cache), nginx, CDNs (outbox)  |
 * | scheduler lock               | `SingletonLock` (./system/lease)  | a lease row in the database: one server     |
 * |                              |                                   | publishes, another takes over when it dies  |
 * | mail                         | `Mailer` (./mail/mailer)          | none (links shown to copy), or SMTP_URL     |
 *
 * Redis and object storage come in as further implementations of these same
 * interfaces, selected here.
 */

let storage: MediaStorage | null = null;

export function mediaStorage(): MediaStorage {
  const { media } = config();
  storage ??= adapters().storage === "s3" && media.s3 ? new S3Storage(media.s3) : new LocalDiskStorage(media.dir);
  return storage;
}

export function searchIndex(): SearchIndex {
  return adapters().search === "postgresql-tsvector" ? postgresSearch : sqliteSearch;
}

let limiter: RateLimiter | null = null;

export function rateLimiter(): RateLimiter {
  limiter ??= adapters().rateLimits === "redis" ? withFallback(redisRateLimiter(redis()), databaseRateLimiter) : databaseRateLimiter;
  return limiter;
}

let apiLimiter: LeasedLimiter | null = null;

/** Per-key Content API rates: the same counters, claimed in batches (./auth/rate-limit-lease.ts). */
export function apiRateLimiter(): LeasedLimiter {
  apiLimiter ??= leasedLimiter(rateLimiter);
  return apiLimiter;
}

export function schedulerLock(): SingletonLock {
  return databaseLease;
}

let mail: { url: string | null; mailer: Mailer } | null = null;

/** Outgoing mail (invitations, reset links); made again when the configuration names another server. */
export function mailer(): Mailer {
  const settings = config().mail;
  const url = adapters().mail === "smtp" && settings ? settings.url : null;
  if (mail?.url !== url) mail = { url, mailer: url && settings ? smtpMailer(settings) : noMail };
  return mail.mailer;
}
