// What the bench, the load test and the crash test share: options, a seeded
// throwaway database, and the production server started as `npm start` does.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { copySqliteToPostgres } from "../scripts/db-copy.mjs";
import { startThrowawayPostgres } from "../scripts/postgres-throwaway.mjs";
import { seed } from "./seed.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const servers = new Set();
process.on("exit", () => servers.forEach((server) => server.kill("SIGKILL")));

/** `--name value` from the command line, as a number when the fallback is one. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  return typeof fallback === "number" ? Number(process.argv[i + 1]) : process.argv[i + 1];
}

/** `--db sqlite|postgres` (default sqlite); the bench also takes `both`. */
export function databaseOption(allowed = ["sqlite", "postgres"]) {
  const db = option("db", "sqlite");
  if (!allowed.includes(db)) throw new Error(`--db must be ${allowed.join(" or ")} (got ${db})`);
  return db;
}

/**
 * A migrated database in a new temporary data directory, seeded with
 * `articles` published articles and the bench admin. With db "postgres" the
 * seeded SQLite file is moved into a throwaway PostgreSQL by the site's own
 * copy command (npm run db:copy), and env.DATABASE_URL points there; the
 * SQLite file stays as a read-only corpus for picking pages, and `postgres`
 * is the throwaway server (to restart it).
 */
export async function seededDataDir(prefix, articles, { db = "sqlite" } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `redaktion-${prefix}-`));
  const file = path.join(dataDir, "redaktion.db");
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, stdio: "ignore" });
  await seed(file, articles);
  let postgres = null;
  if (db === "postgres") {
    const cluster = (postgres = await startThrowawayPostgres());
    process.on("exit", () => cluster.stop());
    const url = cluster.createDatabase("redaktion_bench");
    await copySqliteToPostgres({ from: `file:${file}`, to: url, log: () => {} });
    env.DATABASE_URL = url;
  }
  if (!fs.existsSync(".next/BUILD_ID")) execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  return { dataDir, file, env, postgres };
}

/**
 * Starts the production server with the flags `npm start` uses (package.json)
 * and waits until it answers. The first start may build first, so it waits
 * up to ten minutes. Refuses when something else answers on the port already.
 */
export async function startServer({ env, port, logLevel = "silent", stdio = "ignore", overrides = {} }) {
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`Port ${port} is in use; stop what runs there first.`);
  const flags = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.split(" ").filter((a) => a.startsWith("--"));
  const server = spawn(process.execPath, [...flags, "server/start.mjs"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: base, LOG_LEVEL: logLevel, SCHEDULER: "off", SEED_DEMO: "false", ...overrides },
    stdio,
  });
  servers.add(server);
  const exited = new Promise((resolve) => server.once("exit", resolve)).finally(() => servers.delete(server));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { server, exited, base };
    } catch {}
    if (i > 2400) throw new Error("server did not start within 10 minutes");
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** These processes and all their descendants (npm start's script, the server, its workers). */
export function processTree(roots) {
  const all = [];
  const visit = (pid) => {
    all.push(pid);
    const out = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.trim();
    for (const child of out.split(/\s+/).filter(Boolean).map(Number)) visit(child);
  };
  for (const pid of roots) visit(pid);
  return all;
}

/** Resident memory of these processes together, in MB. */
export function rssMbOf(pids) {
  return pids.reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}
