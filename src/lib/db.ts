import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { adapters } from "@server/adapters.mjs";
import { config } from "@server/config.mjs";
import { postgresDatabase } from "./database/postgres";
import { sqliteDatabase, SQLITE_PRAGMAS } from "./database/sqlite";
import type { Database } from "./database/types";

export { SQLITE_PRAGMAS };

/**
 * The database seam: server/adapters.mjs picks SQLite (DATABASE_URL a file:
 * URL or nothing, the embedded default) or PostgreSQL (postgres://…). Both clients are generated
 * from the same models (prisma/schema.prisma; the PostgreSQL schema is made
 * from it), so the rest of the code sees one client type.
 */
type Client = PrismaClient;

function open(): Database<Client> {
  const { database } = config();
  if (adapters().database === "postgresql") {
    // Same models, same delegates: only the generated client's name differs.
    return withRetries(postgresDatabase(database.url, database.poolSize) as unknown as Database<Client>);
  }
  return sqliteDatabase(database.url);
}

const RETRIES = 5;

/**
 * Runs an interactive transaction again when the database refused it for a
 * race it lost (PostgreSQL's serialization failures): the callback re-reads
 * and re-checks everything (versions, locks), so the retry decides on the
 * state the winner left behind. Batch transactions pass through unchanged.
 */
function withRetries(database: Database<Client>): Database<Client> {
  const original = database.client.$transaction.bind(database.client) as (...args: unknown[]) => Promise<unknown>;
  const retrying = async (first: unknown, options?: unknown) => {
    if (typeof first !== "function") return original(first, options);
    for (let attempt = 1; ; attempt++) {
      try {
        return await original(first, options);
      } catch (error) {
        if (attempt >= RETRIES || !database.retryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
  };
  Object.defineProperty(database.client, "$transaction", { value: retrying, configurable: true, writable: true });
  return database;
}

const globalForDb = globalThis as unknown as { __redaktionDb?: Database<Client> };
const database: Database<Client> = globalForDb.__redaktionDb ?? open();
if (process.env.NODE_ENV !== "production") globalForDb.__redaktionDb = database;

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: Client = database.client;
/** Which database serves this process: for the few places whose SQL must differ (search, backups). */
export const databaseProvider: "sqlite" | "postgresql" = database.provider;

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/** Refreshes the query planner's statistics. */
export function optimizeDatabase() {
  return database.optimize();
}

/** Throws when the database does not run as required; returns what it checked. */
export function checkDatabaseSettings() {
  return database.check();
}

/**
 * A case-insensitive "contains" for text filters. SQLite's LIKE ignores ASCII
 * case already; PostgreSQL compares exactly unless asked (ILIKE).
 */
export function containsText(value: string): { contains: string } {
  return databaseProvider === "postgresql" ? ({ contains: value, mode: "insensitive" } as { contains: string }) : { contains: value };
}

/**
 * True when the database could not be reached or dropped the connection (a
 * restart, a failover, a full pool, SQLite busy past its timeout): nothing was
 * written, and the same request may succeed a moment later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } } } | null;
  if (!e || typeof e !== "object") return false;
  if (typeof e.code === "string" && ["P1001", "P1002", "P1008", "P1017", "P2024"].includes(e.code)) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause && typeof cause.kind === "string") {
    if (["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"].includes(cause.kind)) return true;
    if (cause.kind === "postgres" && typeof cause.code === "string" && /^(08|57P0[1-3]|53300)/.test(cause.code)) return true;
  }
  return /Can't reach database server|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|ECONNREFUSED|ECONNRESET|database is locked|SQLITE_BUSY/.test(String(e.message ?? ""));
}
