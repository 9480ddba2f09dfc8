// Backup and restore when the site runs on PostgreSQL: pg_dump's custom
// format (one consistent snapshot while the servers keep writing), checked
// by restoring it into a scratch database and counting rows there; the media
// files and the session secret as for SQLite (backup-lib.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { findPostgresBin } from "./postgres-throwaway.mjs";

export const TABLES = ["Article", "ArticleRevision", "User", "Section", "Tag", "MediaAsset", "AuditEvent"];

/** pg_dump / pg_restore from PATH, else from the PostgreSQL installation. */
function tool(name) {
  if (spawnSync("sh", ["-c", `command -v ${name}`]).status === 0) return name;
  const bin = findPostgresBin();
  if (bin && fs.existsSync(path.join(bin, name))) return path.join(bin, name);
  throw new Error(`${name} is not installed: apt-get install -y postgresql-client (the same major version as the server, or newer)`);
}

function runTool(name, args) {
  const result = spawnSync(tool(name), args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${name} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

export async function countRows(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = {};
    for (const table of TABLES) rows[table] = Number((await client.query(`SELECT COUNT(*)::bigint AS n FROM "${table}"`)).rows[0].n);
    return rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Dumps the database to `file` and proves the dump restores: into a scratch
 * database beside it (created and dropped again; the role needs CREATEDB),
 * returning the row counts found there.
 */
export async function dumpAndCheck(url, file) {
  runTool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
  const scratchName = `redaktion_backup_check_${Date.now().toString(36)}`;
  const scratch = withDatabase(url, scratchName);
  try {
    await admin(url, `CREATE DATABASE "${scratchName}"`);
  } catch (error) {
    throw new Error(`The dump was written, but it could not be checked: creating a scratch database failed (${error.message}). Give the role CREATEDB, or check the dump yourself with pg_restore.`);
  }
  try {
    runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${scratch}`, file]);
    return await countRows(scratch);
  } finally {
    await admin(url, `DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  }
}

/** Puts a dump back into the (stopped) site's database, replacing what is there, in one transaction. */
export async function restoreDump(url, file) {
  runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file]);
  return countRows(url);
}
