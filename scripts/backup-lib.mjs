// Online backup and restore of a Redaktion site: the database (SQLite through
// its backup API, PostgreSQL through pg_dump: each a consistent snapshot while
// the server keeps writing), the media files and the session secret.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { copyBucketInto, replaceBucketFrom } from "./backup-bucket.mjs";
import { dumpAndCheck, restoreDump, TABLES } from "./backup-postgres.mjs";

function counts(db) {
  return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get().n]));
}

/** Copies files not yet in `to` (media files never change once written). */
function copyNew(from, to) {
  if (!fs.existsSync(from)) return 0;
  let copied = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      copied += copyNew(source, target);
    } else if (entry.isFile() && !entry.name.endsWith(".tmp") && !fs.existsSync(target)) {
      fs.copyFileSync(source, target);
      copied++;
    }
  }
  return copied;
}

/**
 * Backs up `dataDir` into `dest` (created, owner-only). Media are copied
 * before and after the database snapshot, so every image the snapshot names
 * has its files. `databaseUrl` (PostgreSQL) or `databaseFile` (SQLite);
 * `mediaBucket` (S3 settings) or `mediaDir`.
 * @param {{ dataDir: string, databaseFile?: string, databaseUrl?: string, mediaDir: string, mediaBucket?: object, dest: string }} options
 */
export async function backup({ dataDir, databaseFile, databaseUrl, mediaDir, mediaBucket, dest }) {
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const mediaCopy = path.join(dest, "media");
  fs.mkdirSync(mediaCopy, { recursive: true });
  const copyMedia = () => (mediaBucket ? copyBucketInto(mediaBucket, mediaCopy) : Promise.resolve(copyNew(mediaDir, mediaCopy)));
  let files = await copyMedia();
  if (databaseUrl) {
    const dump = path.join(dest, "redaktion.dump");
    const rows = await dumpAndCheck(databaseUrl, dump);
    files += await copyMedia();
    return finish({ dataDir, dest, manifest: { database: "postgresql", integrity: "restored into a scratch database", rows, mediaFiles: files, databaseBytes: fs.statSync(dump).size } });
  }
  const target = path.join(dest, "redaktion.db");
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step, under one read snapshot: copied in several steps,
    // SQLite starts over whenever the server writes in between, and under a
    // steady stream of writes it would never finish. WAL keeps the server
    // writing meanwhile.
    await source.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    source.close();
  }
  files += await copyMedia();
  const copy = new Database(target);
  let integrity;
  let rows;
  try {
    copy.pragma("journal_mode = DELETE"); // one self-contained file
    integrity = copy.pragma("integrity_check", { simple: true });
    rows = counts(copy);
  } finally {
    copy.close();
  }
  if (integrity !== "ok") throw new Error(`The backup copy failed its integrity check: ${integrity}`);
  return finish({ dataDir, dest, manifest: { database: "sqlite", integrity, rows, mediaFiles: files, databaseBytes: fs.statSync(target).size } });
}

function finish({ dataDir, dest, manifest }) {
  const secret = path.join(dataDir, "auth-secret");
  if (fs.existsSync(secret)) fs.copyFileSync(secret, path.join(dest, "auth-secret"));
  const full = { at: new Date().toISOString(), ...manifest };
  fs.writeFileSync(path.join(dest, "manifest.json"), JSON.stringify(full, null, 2), { mode: 0o600 });
  return full;
}

async function restoreFiles({ from, dataDir, mediaDir, mediaBucket }) {
  if (mediaBucket) await replaceBucketFrom(mediaBucket, path.join(from, "media"));
  else {
    fs.rmSync(mediaDir, { recursive: true, force: true });
    fs.mkdirSync(mediaDir, { recursive: true });
    copyNew(path.join(from, "media"), mediaDir);
  }
  const secret = path.join(from, "auth-secret");
  if (fs.existsSync(secret)) fs.copyFileSync(secret, path.join(dataDir, "auth-secret"));
}

function compare(rows, manifest) {
  for (const [table, n] of Object.entries(manifest.rows)) {
    if (rows[table] !== n) throw new Error(`Restored ${table} has ${rows[table]} rows, the backup ${n}`);
  }
}

/**
 * Puts a backup back. The server must be stopped.
 * @param {{ from: string, dataDir: string, databaseFile?: string, databaseUrl?: string, mediaDir: string, mediaBucket?: object }} options
 */
export async function restore({ from, dataDir, databaseFile, databaseUrl, mediaDir, mediaBucket }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(from, "manifest.json"), "utf8"));
  const kind = manifest.database ?? "sqlite";
  if (kind !== (databaseUrl ? "postgresql" : "sqlite")) {
    throw new Error(`This backup is of a ${kind} site and the site is configured for ${databaseUrl ? "postgresql" : "sqlite"}: use npm run db:copy to move between them.`);
  }
  if (databaseUrl) {
    const rows = await restoreDump(databaseUrl, path.join(from, "redaktion.dump"));
    compare(rows, manifest);
    await restoreFiles({ from, dataDir, mediaDir, mediaBucket });
    return { rows };
  }
  const check = new Database(path.join(from, "redaktion.db"), { readonly: true, fileMustExist: true });
  try {
    const integrity = check.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`The backup failed its integrity check: ${integrity}`);
  } finally {
    check.close();
  }
  // Copy next to the target, then swap: a failed copy leaves the current database alone.
  const temp = `${databaseFile}.restoring`;
  fs.copyFileSync(path.join(from, "redaktion.db"), temp);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(temp, databaseFile);
  await restoreFiles({ from, dataDir, mediaDir, mediaBucket });
  const db = new Database(databaseFile, { readonly: true });
  try {
    const rows = counts(db);
    compare(rows, manifest);
    return { rows };
  } finally {
    db.close();
  }
}
