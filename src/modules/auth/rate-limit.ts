import "server-only";
import { db } from "@/lib/db";

/**
 * Fixed-window counters for throttling. `consume` counts and decides in one
 * statement (an upsert that returns the new count), so a burst of requests
 * arriving at the same moment cannot all read "4 so far" and all go ahead:
 * each gets its own number, and only numbers up to the limit are allowed.
 *
 * This is the database implementation of the rate-limiter seam; a Redis one
 * can take its place for several app servers with the same four operations
 * (chosen in src/modules/infrastructure.ts).
 */
/** `units`: how many to count at once (default 1; a lease claims several, ./rate-limit-lease.ts). */
export type Window = { key: string; subject?: string; limit: number; windowMs: number; units?: number };
export type Consumed = { key: string; count: number; limit: number; resetAt: Date; allowed: boolean };

export interface RateLimiter {
  consume(window: Window, now?: Date): Promise<Consumed>;
  /** Gives one unit back (an attempt that turned out not to count, e.g. a correct password). */
  refund(key: string): Promise<void>;
  /** Forgets every counter of a subject (an admin lifting a lockout). */
  clear(subject: string): Promise<number>;
  /** Counters of these subjects that are at their limit now. */
  blocked(subjects: string[], limitFor: (key: string) => number, now?: Date): Promise<{ key: string; subject: string; resetAt: Date }[]>;
}

type Row = { count: number | bigint; resetAt: number | bigint };

export const databaseRateLimiter: RateLimiter = {
  async consume({ key, subject = "", limit, windowMs, units = 1 }, now = new Date()) {
    const at = BigInt(now.getTime());
    const reset = BigInt(now.getTime() + windowMs);
    // A window that has run out starts again at `units`; otherwise `units` more.
    const rows = await db.$queryRaw<Row[]>`
      INSERT INTO "RateLimit" ("key", "subject", "count", "resetAt") VALUES (${key}, ${subject}, ${units}, ${reset})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."resetAt" <= ${at} THEN ${units} ELSE "RateLimit"."count" + ${units} END,
        "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${at} THEN ${reset} ELSE "RateLimit"."resetAt" END
      RETURNING "count", "resetAt"`;
    const row = rows[0]!;
    const count = Number(row.count);
    return { key, count, limit, resetAt: new Date(Number(row.resetAt)), allowed: count <= limit };
  },
  async refund(key) {
    await db.$executeRaw`UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`;
  },
  async clear(subject) {
    if (!subject) return 0;
    return (await db.rateLimit.deleteMany({ where: { subject } })).count;
  },
  async blocked(subjects, limitFor, now = new Date()) {
    if (subjects.length === 0) return [];
    const rows = await db.rateLimit.findMany({ where: { subject: { in: subjects }, resetAt: { gt: BigInt(now.getTime()) } } });
    return rows
      .filter((row) => row.count >= limitFor(row.key))
      .map((row) => ({ key: row.key, subject: row.subject, resetAt: new Date(Number(row.resetAt)) }));
  },
};
