import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma-postgres/client";
import { log } from "../log";
import type { Database } from "./types";

/**
 * PostgreSQL through node-postgres. There is no process-wide write lock here
 * as with SQLite, and several app servers may write at once, so every
 * interactive transaction runs SERIALIZABLE: the read-then-write steps of the
 * services (version checks, edit locks, the scheduler's claim) behave as if
 * they ran one after another, and PostgreSQL refuses the loser of a race with
 * a serialization failure, which src/lib/db.ts retries.
 */
export function postgresDatabase(url: string, poolSize: number): Database<PrismaClient> {
  const adapter = new PrismaPg(
    { connectionString: url, max: poolSize, application_name: "redaktion" },
    { onPoolError: (error) => log.error("db.pool-error", { message: error.message }) },
  );
  const client = new PrismaClient({ adapter, transactionOptions: { isolationLevel: "Serializable", maxWait: 5000, timeout: 10_000 } });
  return {
    provider: "postgresql",
    client,
    retryable(error) {
      const e = error as { code?: unknown; message?: unknown; meta?: unknown } | null;
      if (!e || typeof e !== "object") return false;
      if (e.code === "P2034") return true; // TransactionWriteConflict (40001)
      const text = `${String(e.message ?? "")} ${JSON.stringify(e.meta ?? "")}`;
      return /40001|40P01|could not serialize access|deadlock detected/.test(text);
    },
    async optimize() {
      const started = performance.now();
      await client.$executeRawUnsafe("ANALYZE");
      return { ms: Math.round(performance.now() - started) };
    },
    async check() {
      const [row] = await client.$queryRaw<{ version: string; search: string | null; unaccent: string | null }[]>`
        SELECT current_setting('server_version') AS version,
               (SELECT cfgname::text FROM pg_ts_config WHERE cfgname = 'redaktion_german') AS search,
               (SELECT extversion FROM pg_extension WHERE extname = 'unaccent') AS unaccent`;
      const problems: string[] = [];
      const major = Number.parseInt(row?.version ?? "0", 10);
      if (major < 13) problems.push(`PostgreSQL ${row?.version} is too old (13 or newer)`);
      if (!row?.search) problems.push("the text search configuration redaktion_german is missing (run the migrations)");
      if (!row?.unaccent) problems.push("the unaccent extension is missing (run the migrations)");
      if (problems.length > 0) throw new Error(`PostgreSQL is not set up as required: ${problems.join(", ")}`);
      return { server_version: row!.version, search_config: row!.search!, unaccent: row!.unaccent! };
    },
  };
}
