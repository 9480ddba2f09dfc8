import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import type { Database } from "./types";

/**
 * Settings every connection gets, checked again at start-up
 * (see check below): WAL so readers never wait for a writer,
 * FULL sync so an acknowledged save survives a power cut, foreign keys on,
 * and a busy timeout so a short write lock never reaches a person as an error.
 */
export const SQLITE_PRAGMAS = {
  journal_mode: "wal",
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

const PRAGMA_SCRIPT = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA foreign_keys = ON",
  `PRAGMA busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`,
].join(";\n");

/** A FIFO lock: one holder at a time. */
class Lock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * The better-sqlite3 adapter shares one connection between all callers, so a
 * query issued while another request's interactive transaction is open would
 * run inside that transaction: it could read uncommitted rows (a draft about
 * to be rolled back) or be rolled back with it. Serialising plain queries
 * behind open transactions closes that gap; queries inside a transaction go
 * through the transaction object and are not affected.
 */
function serialised(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => lock.run(() => queryRaw(query));
  adapter.executeRaw = (query) => lock.run(() => executeRaw(query));
  adapter.executeScript = (script) => lock.run(() => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let tx: Transaction;
    try {
      tx = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    return tx;
  };
  return adapter;
}

/**
 * Transactions start with BEGIN IMMEDIATE instead of the adapter's plain
 * BEGIN. A deferred transaction that reads first and writes later cannot wait
 * for the lock when another connection (a backup, a script, a second process)
 * committed in between: SQLite answers "database is locked" at once, the busy
 * timeout notwithstanding. Taking the write lock at BEGIN lets it wait instead.
 */
function beginImmediately(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const client = (adapter as unknown as { client?: { prepare: (sql: string) => unknown } }).client;
  if (!client) throw new Error("The SQLite adapter changed shape: transactions cannot be made immediate (src/lib/database/sqlite.ts).");
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
  return adapter;
}

function adapterFactory(url: string): SqlDriverAdapterFactory {
  const base = new PrismaBetterSQLite3({ url, timeout: SQLITE_PRAGMAS.busy_timeout });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      await adapter.executeScript(PRAGMA_SCRIPT);
      return serialised(beginImmediately(adapter));
    },
  };
}

/** One SQLite file through better-sqlite3: the embedded default. */
export function sqliteDatabase(url: string): Database<PrismaClient> {
  fs.mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
  const client = new PrismaClient({ adapter: adapterFactory(url) });
  return {
    provider: "sqlite",
    client,
    // One connection, one writer at a time (BEGIN IMMEDIATE): a transaction never meets a write conflict.
    retryable: () => false,
    /**
     * Refreshes the query planner's statistics (sampled, so it stays fast on a big
     * file). Without them SQLite can pick the (status, publishedAt) index for
     * "these 20 ids, if published" and scan every published article: 175 ms
     * instead of 1 ms at 100,000. Run at start-up and every few hours.
     */
    async optimize() {
      const started = performance.now();
      await client.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
      await client.$queryRawUnsafe("PRAGMA optimize = 0x10002");
      return { ms: Math.round(performance.now() - started) };
    },
    /** Reads the PRAGMAs back; throws when the database does not run as required. */
    async check() {
      const read = async (name: keyof typeof SQLITE_PRAGMAS) => {
        const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
        const value = rows[0] ? Object.values(rows[0])[0] : undefined;
        return typeof value === "bigint" ? Number(value) : value;
      };
      const actual = {
        journal_mode: String(await read("journal_mode")).toLowerCase(),
        synchronous: Number(await read("synchronous")),
        foreign_keys: Number(await read("foreign_keys")),
        busy_timeout: Number(await read("busy_timeout")),
      };
      const problems: string[] = [];
      if (actual.journal_mode !== SQLITE_PRAGMAS.journal_mode) problems.push(`journal_mode=${actual.journal_mode}`);
      if (actual.synchronous !== SQLITE_PRAGMAS.synchronous) problems.push(`synchronous=${actual.synchronous}`);
      if (actual.foreign_keys !== 1) problems.push(`foreign_keys=${actual.foreign_keys}`);
      if (actual.busy_timeout < SQLITE_PRAGMAS.busy_timeout) problems.push(`busy_timeout=${actual.busy_timeout}`);
      if (problems.length > 0) throw new Error(`SQLite is not configured as required: ${problems.join(", ")}`);
      return actual;
    },
  };
}
