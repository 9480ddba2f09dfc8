import "server-only";
import { config } from "@server/config.mjs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { db } from "@/lib/db";

/**
 * A job that must run on one app server at a time (the scheduler) holds a
 * lease: a row with its holder and an expiry, renewed on every run. Claiming
 * is one statement (an upsert that only overwrites an expired lease or the
 * holder's own), so two servers asking at the same moment cannot both win, on
 * SQLite or PostgreSQL. When the holder dies, its lease runs out and the next
 * server to ask takes over.
 *
 * This is the database implementation of the scheduler-lock seam (chosen in
 * src/modules/infrastructure.ts).
 */
export interface SingletonLock {
  /** True when `holder` holds the lease now (newly claimed or renewed) for `ttlMs`. */
  claim(name: string, holder: string, ttlMs: number, now?: Date): Promise<boolean>;
  /** Gives the lease up at once (a server shutting down), so another takes over without waiting. */
  release(name: string, holder: string): Promise<void>;
  holderOf(name: string, now?: Date): Promise<{ holder: string; expiresAt: Date } | null>;
}

export const databaseLease: SingletonLock = {
  async claim(name, holder, ttlMs, now = new Date()) {
    const at = BigInt(now.getTime());
    const until = BigInt(now.getTime() + ttlMs);
    const rows = await db.$queryRaw<{ holder: string }[]>`
      INSERT INTO "Lease" ("name", "holder", "expiresAt") VALUES (${name}, ${holder}, ${until})
      ON CONFLICT ("name") DO UPDATE SET "holder" = ${holder}, "expiresAt" = ${until}
      WHERE "Lease"."holder" = ${holder} OR "Lease"."expiresAt" <= ${at}
      RETURNING "holder"`;
    return rows[0]?.holder === holder;
  },
  async release(name, holder) {
    await db.$executeRaw`DELETE FROM "Lease" WHERE "name" = ${name} AND "holder" = ${holder}`;
  },
  async holderOf(name, now = new Date()) {
    const row = await db.lease.findUnique({ where: { name } });
    if (!row || Number(row.expiresAt) <= now.getTime()) return null;
    return { holder: row.holder, expiresAt: new Date(Number(row.expiresAt)) };
  },
};

/**
 * This server, as a lease holder: host, pid and a random part (pids repeat
 * across containers); with WORKERS, the processes of one `npm start` share it.
 */
export const processHolder = config().server.instance ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
