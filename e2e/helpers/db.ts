import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../server/runtime-config.mjs";

// The database the server under test uses, for fixtures and read-only
// questions: the SQLite file in .e2e/ by default, or the PostgreSQL database
// that npm run test:postgres passes in DATABASE_URL. SQL is written once with
// `?` placeholders and quoted identifiers; dates and booleans are converted
// here for whichever database it is.
const e2eDataDir = path.resolve(".e2e", "data");
const url = process.env.DATABASE_URL ?? "";
export const onPostgres = isPostgresUrl(url);

type Param = string | number | boolean | null | Date;

function forSqlite(params: Param[]) {
  return params.map((p) => (p instanceof Date ? p.toISOString().replace("Z", "+00:00") : typeof p === "boolean" ? Number(p) : p));
}
function forPostgres(params: Param[]) {
  return params.map((p) => (p instanceof Date ? p.toISOString() : p));
}

let pool: pg.Pool | null = null;

/** Every row a query returns. */
export async function rows<T = Record<string, unknown>>(sql: string, params: Param[] = []): Promise<T[]> {
  if (onPostgres) {
    pool ??= new pg.Pool({ connectionString: url, max: 2 });
    let n = 0;
    const result = await pool.query(sql.replace(/\?/g, () => `$${++n}`), forPostgres(params));
    return result.rows as T[];
  }
  // One connection for the test process (WAL: it never blocks the server's writer for longer than a statement).
  sqlite ??= new Database(path.join(e2eDataDir, "redaktion.db"));
  sqlite.pragma("busy_timeout = 5000");
  const statement = sqlite.prepare(sql);
  if (statement.reader) return statement.all(...forSqlite(params)) as T[];
  statement.run(...forSqlite(params));
  return [];
}

let sqlite: Database.Database | null = null;

/** The first row, or undefined. */
export async function row<T = Record<string, unknown>>(sql: string, params: Param[] = []): Promise<T | undefined> {
  return (await rows<T>(sql, params))[0];
}

/** Runs a statement that returns nothing. */
export async function exec(sql: string, params: Param[] = []): Promise<void> {
  await rows(sql, params);
}

/** How many rows of a table match a condition (identifiers in `where` quoted). */
export async function count(table: string, where = "1=1", params: Param[] = []): Promise<number> {
  const r = await row<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`, params);
  return Number(r?.n ?? 0);
}
