// A throwaway PostgreSQL for tests and benchmarks: a fresh cluster in a
// temporary folder, on a free port of 127.0.0.1, trust authentication, no
// fsync (nothing here needs to survive a power cut), removed by stop().
// Debian's `postgresql` package provides the binaries (.ci/run installs it);
// elsewhere put its bin folder on PATH or in PG_BIN. initdb refuses to run as
// root, so as root the cluster runs as the `postgres` user.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

/** The folder with initdb and postgres, or null when PostgreSQL is not installed. */
export function findPostgresBin(env = process.env) {
  const candidates = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, version, "bin"));
  }
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    // not on PATH
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter)) candidates.push(dir);
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "postgres"))) ?? null;
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function command(bin, name, args) {
  const file = path.join(bin, name);
  return asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
}

/**
 * Starts a cluster; resolves to { url(database), admin, createDatabase(name), stop() }.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function startThrowawayPostgres({ log = () => {} } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed: `apt-get install -y postgresql` (Debian), or set PG_BIN to the folder with initdb and postgres.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync("chown", ["postgres:postgres", dir]);
  }
  const started = Date.now();
  const [initFile, initArgs] = command(bin, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const init = spawnSync(initFile, initArgs, { encoding: "utf8" });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const [pgFile, pgArgs] = command(bin, "postgres", [
    "-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
  ]);
  // The server log goes to a file, never a pipe: a caller that blocks its
  // event loop (spawnSync of a test run) would stop draining the pipe, and
  // PostgreSQL would hang writing its next log line.
  const logFile = path.join(dir, "server.log");
  let server = null;
  const serverLog = () => {
    try {
      return fs.readFileSync(logFile, "utf8").slice(-4000);
    } catch {
      return "";
    }
  };
  const base = `postgresql://postgres@127.0.0.1:${port}`;
  const psql = (sql, database = "postgres") => {
    const [file, args] = command(bin, "psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-qAtc", sql]);
    const result = spawnSync(file, args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
    return result.stdout.trim();
  };
  const start = async () => {
    server = spawn(pgFile, pgArgs, { stdio: ["ignore", "ignore", fs.openSync(logFile, "a")] });
    server.unref(); // the cluster never keeps its owner alive; stop() (or exit) ends it
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error(`PostgreSQL did not start: ${serverLog()}`);
      const [file, args] = command(bin, "pg_isready", ["-h", "127.0.0.1", "-p", String(port), "-q"]);
      if (spawnSync(file, args).status === 0) break;
      if (i > 200) throw new Error(`PostgreSQL did not answer within 20 s: ${serverLog()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** pg_ctl waits until the server is gone; a signal to runuser alone may not reach it. */
  const shutDown = (mode) => {
    const [ctlFile, ctlArgs] = command(bin, "pg_ctl", ["-D", data, "-m", mode, "-w", "-t", "10", "stop"]);
    const result = spawnSync(ctlFile, ctlArgs, { stdio: "ignore" });
    if (result.status !== 0) server?.kill("SIGKILL");
  };
  await start();
  log(`PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}, ready in ${Date.now() - started} ms`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    shutDown("immediate");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  return {
    bin,
    port,
    admin: `${base}/postgres`,
    url: (database) => `${base}/${database}`,
    psql,
    createDatabase(name) {
      psql(`CREATE DATABASE "${name}"`);
      return `${base}/${name}`;
    },
    dropDatabase(name) {
      psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop,
    /**
     * A restart as an operator does one (pg_ctl restart: "fast" ends every
     * session and rolls back what is in flight), with `downMs` of outage.
     */
    async restart({ downMs = 0, mode = "fast" } = {}) {
      shutDown(mode);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await start();
    },
  };
}
