#!/usr/bin/env node
// `npm run db:copy -- --to postgres://user:pass@host/db [--from file:./data/redaktion.db]`
// Moves a site from SQLite to PostgreSQL: applies the PostgreSQL migrations to
// the target, which must be empty, copies every table in one transaction
// (parents before children, dates, flags and JSON converted), fills the
// PostgreSQL search index from the SQLite one in the same order (so "newest
// first" stays true), checks that every table has as many rows as the source,
// and says what it did. Media files stay where they are (MEDIA_DIR).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, redactUrl, resolveDatabaseUrl } from "../server/runtime-config.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SEARCH_TABLE = "ArticleSearch";

function option(name) {
  const i = process.argv.indexOf(name);
  if (i !== -1) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function fail(message) {
  console.error(`db:copy: ${message}`);
  process.exit(1);
}

/** Children after their parents, from the target's foreign keys. */
function parentsFirst(tables, foreignKeys) {
  const ordered = [];
  const state = new Map();
  const visit = (table) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`foreign keys form a cycle through "${table}"`);
    state.set(table, "visiting");
    for (const fk of foreignKeys) if (fk.child === table && fk.parent !== table && tables.includes(fk.parent)) visit(fk.parent);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** One SQLite value as PostgreSQL's column type wants it. */
function convert(value, type) {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === 1n || value === true || value === "1" || value === "true";
  if (type.startsWith("timestamp")) {
    // Prisma's SQLite adapter writes ISO text; older rows or scripts may hold epoch milliseconds.
    return typeof value === "number" || typeof value === "bigint" ? new Date(Number(value)).toISOString() : String(value);
  }
  if (type === "bigint") return typeof value === "bigint" ? value.toString() : value;
  return value;
}

export async function copySqliteToPostgres({ from, to, log = console.log }) {
  const file = from.slice("file:".length);
  if (!fs.existsSync(file)) throw new Error(`no SQLite database at ${file}`);
  const started = Date.now();

  log(`Applying the PostgreSQL migrations to ${redactUrl(to)}`);
  const migrate = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: to, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stderr || migrate.stdout}`);

  const source = new Database(file, { readonly: true, fileMustExist: true });
  source.defaultSafeIntegers(true);
  const target = new pg.Client({ connectionString: to, application_name: "redaktion db:copy" });
  await target.connect();
  try {
    const sourceTables = source
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' AND name NOT LIKE '${SEARCH_TABLE}%'`)
      .pluck()
      .all();
    const { rows: columnRows } = await target.query(
      `SELECT table_name, column_name, data_type, is_generated FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY ordinal_position`,
    );
    const columns = new Map();
    for (const r of columnRows) {
      if (r.is_generated === "ALWAYS") continue;
      if (!columns.has(r.table_name)) columns.set(r.table_name, []);
      columns.get(r.table_name).push({ name: r.column_name, type: r.data_type });
    }
    const missing = sourceTables.filter((t) => !columns.has(t));
    if (missing.length) throw new Error(`the PostgreSQL schema lacks ${missing.join(", ")}: are both databases on the same version of Redaktion?`);
    const { rows: fkRows } = await target.query(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const foreignKeys = fkRows.map((r) => ({ child: r.child.replace(/"/g, ""), parent: r.parent.replace(/"/g, "") }));
    const tables = parentsFirst(sourceTables, foreignKeys);

    // Only into an empty database: a copy never merges into a live site.
    for (const table of [...tables, SEARCH_TABLE]) {
      const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS any`);
      if (rows[0].any) throw new Error(`the target database is not empty ("${table}" has rows): copy only into a new, empty database`);
    }

    const counts = [];
    await target.query("BEGIN");
    for (const table of tables) {
      const targetColumns = columns.get(table);
      const sourceColumns = new Set(source.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table));
      const copied = targetColumns.filter((c) => sourceColumns.has(c.name));
      const perRow = copied.length;
      const batch = Math.max(1, Math.floor(30_000 / perRow));
      const names = copied.map((c) => `"${c.name}"`).join(", ");
      let n = 0;
      let buffer = [];
      const flush = async () => {
        if (buffer.length === 0) return;
        const values = [];
        const tuples = buffer.map((row) => `(${copied.map((c) => (values.push(convert(row[c.name], c.type)), `$${values.length}`)).join(", ")})`);
        await target.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, values);
        n += buffer.length;
        buffer = [];
      };
      for (const row of source.prepare(`SELECT * FROM "${table}"`).iterate()) {
        buffer.push(row);
        if (buffer.length >= batch) await flush();
      }
      await flush();
      counts.push({ table, rows: n });
    }
    // The search index: the same documents, oldest first, so PostgreSQL's seq keeps FTS5's order.
    let indexed = 0;
    let buffer = [];
    const flushIndex = async () => {
      if (buffer.length === 0) return;
      const values = [];
      const tuples = buffer.map((r) => `(${[r.articleId, r.headline ?? "", r.teaser ?? "", r.body ?? ""].map((v) => (values.push(v), `$${values.length}`)).join(", ")})`);
      await target.query(`INSERT INTO "${SEARCH_TABLE}" ("articleId", "headline", "teaser", "body") VALUES ${tuples.join(", ")}`, values);
      indexed += buffer.length;
      buffer = [];
    };
    for (const row of source.prepare(`SELECT "articleId", "headline", "teaser", "body" FROM "${SEARCH_TABLE}" ORDER BY rowid`).iterate()) {
      buffer.push(row);
      if (buffer.length >= 2000) await flushIndex();
    }
    await flushIndex();
    counts.push({ table: SEARCH_TABLE, rows: indexed });

    // Verify before committing: every table as many rows as the source.
    const problems = [];
    for (const { table } of counts) {
      const expected = Number(source.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get());
      const { rows } = await target.query(`SELECT COUNT(*)::bigint AS n FROM "${table}"`);
      const actual = Number(rows[0].n);
      if (actual !== expected) problems.push(`${table}: ${actual} rows in PostgreSQL, ${expected} in SQLite`);
    }
    if (problems.length) {
      await target.query("ROLLBACK");
      throw new Error(`the copy does not match its source, nothing was kept:\n${problems.join("\n")}`);
    }
    await target.query("COMMIT");
    await target.query("ANALYZE");
    return { counts, ms: Date.now() - started };
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    source.close();
    await target.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const to = option("--to");
  if (!to || !isPostgresUrl(to)) fail("say where to: npm run db:copy -- --to postgres://user:password@host:5432/database");
  const from = option("--from") ?? resolveDatabaseUrl(isPostgresUrl(process.env.DATABASE_URL) ? { ...process.env, DATABASE_URL: "" } : process.env);
  if (!from.startsWith("file:")) fail("--from must be an SQLite file: URL");
  try {
    const { counts, ms } = await copySqliteToPostgres({ from: resolveDatabaseUrl({ ...process.env, DATABASE_URL: from }), to });
    const width = Math.max(...counts.map((c) => c.table.length));
    console.log(`\nCopied ${from.slice("file:".length)} to ${redactUrl(to)} in ${(ms / 1000).toFixed(1)} s; every table has as many rows as its source:`);
    for (const c of counts) console.log(`  ${c.table.padEnd(width)}  ${String(c.rows).padStart(9)}`);
    console.log(`\nMedia files were not moved: keep MEDIA_DIR (now ${process.env.MEDIA_DIR ?? "data/media"}) for the new server.`);
    console.log(`Start on PostgreSQL with DATABASE_URL=${redactUrl(to)} npm start`);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
