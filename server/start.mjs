#!/usr/bin/env node
// `npm start` (and `npm run dev` with --dev): everything a fresh clone needs to serve.
// 1. resolve the data directory and database (default ./data/redaktion.db),
// 2. keep a session secret (generated once, stored owner-readable in the data directory),
// 3. apply migrations, 4. build when no production build exists, 5. serve.
// Demo content and the database checks run inside the server at start-up (instrumentation.ts).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, readConfig } from "./config.mjs";
import { checkPort, lockDataDir, prepareDataDir } from "./preflight.mjs";
import { summarizePrismaOutput } from "./prisma-output.mjs";
import { isPostgresUrl, redactUrl, resolveDataDir, resolveDatabaseUrl } from "./runtime-config.mjs";
import { entryOf, formatEntry, logStyle, routeOutput } from "./log-format.mjs";
import { say } from "./log.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const dev = process.argv.includes("--dev");

// One log format: JSON lines, shown readably on a terminal (server/log.mjs, server/log-format.mjs).
const style = logStyle();

// A wrong setting stops here, before anything is built or migrated, with a message naming it.
try {
  readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// glibc gives every thread that allocates under contention a memory arena of
// its own and rarely hands memory back; image processing (libvips threads,
// libuv's pool) then grows the server by hundreds of MB that stay. With two
// arenas, three 100-megapixel uploads at once peak at ~400 MB instead of
// ~550–590 MB (npm run bench:uploads). The variable is read when the process
// starts, so on Linux the server runs as a child that has it; the child ends
// at once if this process goes (even by SIGKILL: the IPC channel closes).
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

const env = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
const port = (env.PORT = env.PORT || "3000"); // the scheduler calls the server on it
const hostname = env.HOSTNAME || "0.0.0.0";

/** A start that cannot work ends here: one line that names the cause, exit code 1. */
function refuseToStart(message) {
  console.error(message);
  process.exit(1);
}

// Before anything is migrated or built: the port, the data folder, and that no other server uses the same SQLite file.
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

if (!env.NEXTAUTH_SECRET) {
  const secretFile = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) {
    fs.writeFileSync(secretFile, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    say(`Generated a session secret in ${path.relative(root, secretFile) || secretFile} (readable only by you). Set NEXTAUTH_SECRET to manage it yourself.`);
  }
  fs.chmodSync(secretFile, 0o600);
  env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
}
// Without a fixed public URL, sign-in works on whatever host and port serve the site.
if (!env.NEXTAUTH_URL && env.AUTH_TRUST_HOST === undefined) env.AUTH_TRUST_HOST = "true";

// Prisma's output becomes one log line; all of it only when the command fails (server/prisma-output.mjs).
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

const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");

runPrisma(`Applying database migrations to ${redactUrl(env.DATABASE_URL)}`, [prismaCli, "migrate", "deploy"]);

// The newest modification time among the files a build is made from.
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

if (!dev) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const reason = !fs.existsSync(buildId)
    ? "No production build found"
    : newestSourceTime() > fs.statSync(buildId).mtimeMs
      ? "The code changed since the last build"
      : null;
  if (reason) {
    runPrisma(`${reason}: building (about 3 minutes on a small machine)`, [prismaCli, "generate"]);
    runPrisma("prisma generate (PostgreSQL client)", [prismaCli, "generate", "--schema", path.join("prisma", "postgres", "schema.prisma")]);
    await runLogged("next build", [nextCli, "build"], "next.build");
  }
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

// Next keeps cached data (unstable_cache) and rendered article pages (the route
// cache) on disk across restarts. The database may have changed while the
// server was down (a restore, a migration, another test run), so every start
// begins with empty caches.
fs.rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
fs.rmSync(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });

// From here on, whatever the server prints (Next's own lines included) is a log entry in the one format.
routeOutput(style);
say(`Serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
if (dev) {
  const server = spawn(process.execPath, [nextCli, "dev", "-p", port, "-H", hostname], { env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  Object.assign(process.env, env, { NODE_ENV: "production" });
  const { workers } = readConfig(process.env).server;
  if (workers > 1) {
    const { runWorkers } = await import("./workers.mjs");
    await runWorkers({ count: workers, log: say });
  } else {
    // In this process (no second Node for `next start`): Next behind the front cache.
    const { serve } = await import("./serve.mjs");
    await serve({ dir: root, hostname, port, log: say });
  }
}
