// Defaults shared by the start script (plain Node), prisma.config.ts and the app.
// Plain JavaScript on purpose: server/start.mjs runs before anything is compiled.
import fs from "node:fs";
import path from "node:path";

/** The folder for the database, the generated auth secret and (later) media. */
export function resolveDataDir(env = process.env) {
  return path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || "data");
}

/** True for a PostgreSQL connection string (postgres:// or postgresql://). */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(String(url ?? ""));
}

/**
 * The database to use: a PostgreSQL connection string as given, or the SQLite
 * file as an absolute `file:` URL (default ./data/redaktion.db), so the CLI,
 * the server and the tests agree whatever their working directory. Creates
 * the SQLite file's folder if missing.
 */
export function resolveDatabaseUrl(env = process.env) {
  const raw = env.DATABASE_URL || `file:${path.join(resolveDataDir(env), "redaktion.db")}`;
  if (isPostgresUrl(raw)) return raw;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be an SQLite file: URL or a postgres:// URL (got "${raw.split(":")[0]}:…")`);
  }
  const file = path.resolve(/*turbopackIgnore: true*/ raw.slice("file:".length).replace(/^\/\//, ""));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return `file:${file}`;
}

/** Where each database's schema and migrations live (one source of models, see scripts/postgres-schema.mjs). */
export function prismaLayout(url) {
  return isPostgresUrl(url)
    ? { provider: "postgresql", schema: path.join("prisma", "postgres", "schema.prisma"), migrations: path.join("prisma", "postgres", "migrations") }
    : { provider: "sqlite", schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") };
}

/** A URL (database, Redis) with its password hidden, for logs and messages; others unchanged. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = "***";
    return parsed.toString();
  } catch {
    return String(url).replace(/\/\/[^@/]*@/, "//***@");
  }
}
