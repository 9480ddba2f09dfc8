// Defaults shared by the start script (plain Node), prisma.config.ts and the app.
// Plain JavaScript on purpose: scripts/start.mjs runs before anything is compiled.
import fs from "node:fs";
import path from "node:path";

/** The folder for the database, the generated auth secret and (later) media. */
export function resolveDataDir(env = process.env) {
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "data");
}

/**
 * DATABASE_URL as an absolute `file:` URL, so the CLI, the server and the
 * tests agree whatever their working directory. Creates the folder if missing.
 */
export function resolveDatabaseUrl(env = process.env) {
  const raw = env.DATABASE_URL || `file:${path.join(resolveDataDir(env), "redaktion.db")}`;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be an SQLite file: URL for now (got "${raw.split(":")[0]}:…")`);
  }
  const file = path.resolve(/*turbopackIgnore: true*/ raw.slice("file:".length).replace(/^\/\//, ""));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}
