#!/usr/bin/env node
// `npm start` (and `npm run dev` with --dev): everything a fresh clone needs
// to serve. The start sequence, top to bottom; each step is a function below.
//
//   configuration  a wrong setting stops here, naming it
//   memory         on Linux the server runs as a child with two malloc arenas
//   checks         the port, the data folder, one server per SQLite file
//   secret         a session secret, generated once and kept in the data folder
//   database       migrations applied (SQLite file or PostgreSQL)
//   build          a production build when there is none or the code changed
//   caches         Next's caches on disk emptied (the database may have changed)
//   serve          one process, or one per core (WORKERS): server/serve.mjs puts
//                  the front door and the front cache before Next and connects the
//                  shared cache; then, inside each process, Next's instrumentation
//                  runs src/modules/system/startup.ts: database checks, the default
//                  sections and demo article, the CDN purge endpoint, the scheduler.
//
// Every line printed is a log entry in the one format (server/log.mjs).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, readConfig } from "./config.mjs";
import { entryOf, formatEntry, logStyle, routeOutput } from "./log-format.mjs";
import { say } from "./log.mjs";
import { checkPort, lockDataDir, prepareDataDir } from "./preflight.mjs";
import { summarizePrismaOutput } from "./prisma-output.mjs";
import { isPostgresUrl, redactUrl, resolveDataDir, resolveDatabaseUrl } from "./runtime-config.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const dev = process.argv.includes("--dev");
const style = logStyle();
const env = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");

checkConfiguration();
await runWithTwoMemoryArenas();
const { port, hostname } = await checkPortAndData();
keepSessionSecret();
migrateDatabase();
await buildWhenNeeded();
emptyCachesOnDisk();
await serve();

/** configuration: every variable is read and checked before anything is built or migrated. */
function checkConfiguration() {
  try {
    readConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    refuseToStart(error.message);
  }
}

/**
 * memory: glibc gives every thread that allocates under contention a memory
 * arena of its own and rarely hands memory back; image processing (libvips
 * threads, libuv's pool) then grows the server by hundreds of MB that stay.
 * With two arenas, three 100-megapixel uploads at once peak at ~400 MB
 * instead of ~550–590 MB (npm run bench:uploads). The variable is read when
 * the process starts, so on Linux the server runs as a child that has it; the
 * child ends at once if this process goes (even by SIGKILL: the IPC channel closes).
 */
async function runWithTwoMemoryArenas() {
  if (!dev && process.platform === "linux" && !process.env.MALLOC_ARENA_MAX && !process.send) {
    const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, MALLOC_ARENA_MAX: "2" },
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    // Whoever started us went away without a signal (a shell killed alone): take the server down too.
    const startedBy = process.ppid;
    setInterval(() => {
      if (process.ppid !== startedBy) child.kill("SIGTERM");
    }, 1000).unref();
    await new Promise(() => {}); // this process only waits
  }
  if (process.send) process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
}

/** checks: the port is free, the data folder usable, and no other server uses the same SQLite file. */
async function checkPortAndData() {
  const port = (env.PORT = env.PORT || "3000"); // the scheduler calls the server on it
  const hostname = env.HOSTNAME || "0.0.0.0";
  const portProblem = await checkPort(port, hostname);
  if (portProblem) refuseToStart(portProblem);
  const dataDir = resolveDataDir(env);
  const folderProblem = prepareDataDir(dataDir);
  if (folderProblem) refuseToStart(folderProblem);
  env.DATA_DIR = dataDir;
  env.DATABASE_URL = resolveDatabaseUrl(env);
  if (!isPostgresUrl(env.DATABASE_URL)) {
    const lock = lockDataDir(path.dirname(env.DATABASE_URL.slice("file:".length)), { port });
    if (lock.message) refuseToStart(lock.message);
    process.on("exit", () => lock.release?.());
  }
  return { port, hostname };
}

/** secret: NEXTAUTH_SECRET, or one generated once and kept owner-readable in the data folder. */
function keepSessionSecret() {
  if (!env.NEXTAUTH_SECRET) {
    const secretFile = path.join(env.DATA_DIR, "auth-secret");
    if (!fs.existsSync(secretFile)) {
      fs.writeFileSync(secretFile, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
      say(`Generated a session secret in ${path.relative(root, secretFile) || secretFile} (readable only by you). Set NEXTAUTH_SECRET to manage it yourself.`);
    }
    fs.chmodSync(secretFile, 0o600);
    env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
  // Without a fixed public URL, sign-in works on whatever host and port serve the site.
  if (!env.NEXTAUTH_URL && env.AUTH_TRUST_HOST === undefined) env.AUTH_TRUST_HOST = "true";
}

/** database: the migrations, applied to the SQLite file or the PostgreSQL database. */
function migrateDatabase() {
  runPrisma(`Applying database migrations to ${redactUrl(env.DATABASE_URL)}`, [prismaCli, "migrate", "deploy"]);
}

/** build: a production build when none exists or a source file is newer than it. */
async function buildWhenNeeded() {
  if (dev) return;
  const buildId = path.join(root, ".next", "BUILD_ID");
  const reason = !fs.existsSync(buildId)
    ? "No production build found"
    : newestSourceTime() > fs.statSync(buildId).mtimeMs
      ? "The code changed since the last build"
      : null;
  if (!reason) return;
  runPrisma(`${reason}: building (about 3 minutes on a small machine)`, [prismaCli, "generate"]);
  runPrisma("prisma generate (PostgreSQL client)", [prismaCli, "generate", "--schema", path.join("prisma", "postgres", "schema.prisma")]);
  await runLogged("next build", [nextCli, "build"], "next.build");
}

/**
 * caches: Next keeps cached data (unstable_cache) and rendered pages on disk
 * across restarts. The database may have changed while the server was down
 * (a restore, a migration, another test run), so every start begins empty.
 */
function emptyCachesOnDisk() {
  fs.rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
  fs.rmSync(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });
}

/** serve: from here on whatever the server prints (Next's own lines included) is a log entry. */
async function serve() {
  routeOutput(style);
  say(`Serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  if (dev) {
    const server = spawn(process.execPath, [nextCli, "dev", "-p", port, "-H", hostname], { env, stdio: "inherit" });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
    server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }
  Object.assign(process.env, env, { NODE_ENV: "production" });
  const { workers } = readConfig(process.env).server;
  if (workers > 1) {
    const { runWorkers } = await import("./workers.mjs");
    await runWorkers({ count: workers, log: say });
  } else {
    // In this process (no second Node for `next start`): Next behind the front cache.
    const { serve: serveHere } = await import("./serve.mjs");
    await serveHere({ dir: root, hostname, port, log: say });
  }
}

/** A start that cannot work ends here: one line that names the cause, exit code 1. */
function refuseToStart(message) {
  console.error(message);
  process.exit(1);
}

/** Prisma's output becomes one log line; all of it only when the command fails (server/prisma-output.mjs). */
function runPrisma(label, args) {
  say(label);
  const result = spawnSync(process.execPath, args, { env, encoding: "utf8" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    process.stderr.write(output);
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  const summary = summarizePrismaOutput(output);
  if (summary) say(summary);
}

/** The newest modification time among the files a build is made from. */
function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      if (entry.endsWith(`${path.sep}generated`)) return;
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ["app", "src", "server", "public", "prisma", "next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json", "postcss.config.mjs"]) {
    visit(path.join(root, entry));
  }
  return newest;
}

/** Runs a long step (the first build) with its output as log entries, line by line as it comes. */
function runLogged(label, args, event) {
  say(label);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    for (const [stream, level] of [
      [child.stdout, "info"],
      [child.stderr, "warn"],
    ]) {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) if (line.trim()) process.stdout.write(formatEntry(entryOf(line, level, event), style, style === "pretty" && !!process.stdout.isTTY));
      });
    }
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      say(`${label} failed (exit ${code ?? signal}).`, "error");
      process.exit(code || 1);
    });
  });
}
