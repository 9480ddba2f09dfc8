// Online backup and restore of a Redaktion data directory: the SQLite database
// (through SQLite's backup API: a consistent snapshot while the server keeps
// writing), the media files and the session secret.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const TABLES = ["Article", "ArticleRevision", "User", "Section", "Tag", "MediaAsset", "AuditEvent"];

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
 * has its files.
 */
export async function backup({ dataDir, databaseFile, mediaDir, dest }) {
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const mediaCopy = path.join(dest, "media");
  fs.mkdirSync(mediaCopy, { recursive: true });
  let files = copyNew(mediaDir, mediaCopy);
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
  files += copyNew(mediaDir, mediaCopy);
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
  const secret = path.join(dataDir, "auth-secret");
  if (fs.existsSync(secret)) fs.copyFileSync(secret, path.join(dest, "auth-secret"));
  const manifest = { at: new Date().toISOString(), integrity, rows, mediaFiles: files, databaseBytes: fs.statSync(target).size };
  fs.writeFileSync(path.join(dest, "manifest.json"), JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}

/** Puts a backup back into `dataDir`. The server must be stopped. */
export function restore({ from, dataDir, databaseFile, mediaDir }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(from, "manifest.json"), "utf8"));
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
  fs.rmSync(mediaDir, { recursive: true, force: true });
  fs.mkdirSync(mediaDir, { recursive: true });
  copyNew(path.join(from, "media"), mediaDir);
  const secret = path.join(from, "auth-secret");
  if (fs.existsSync(secret)) fs.copyFileSync(secret, path.join(dataDir, "auth-secret"));
  const db = new Database(databaseFile, { readonly: true });
  try {
    const rows = counts(db);
    for (const [table, n] of Object.entries(manifest.rows)) {
      if (rows[table] !== n) throw new Error(`Restored ${table} has ${rows[table]} rows, the backup ${n}`);
    }
    return { rows };
  } finally {
    db.close();
  }
}
