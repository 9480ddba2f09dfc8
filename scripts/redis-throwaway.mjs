// A throwaway Redis for tests: redis-server on a free port of 127.0.0.1, no
// persistence, removed by stop(). Debian's `redis-server` package provides it
// (.ci/run installs it when missing).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

export function findRedisServer() {
  for (const candidate of [process.env.REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"]) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** Starts redis-server; resolves to { url, port, stop(), restart() }. */
export async function startThrowawayRedis({ log = () => {} } = {}) {
  const bin = findRedisServer();
  if (!bin) throw new Error("Redis is not installed: `apt-get install -y redis-server` (Debian), or set REDIS_SERVER to the redis-server binary.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-redis-"));
  const port = await freePort();
  let server = null;
  const start = async () => {
    const logFile = fs.openSync(path.join(dir, "redis.log"), "a");
    server = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: ["ignore", logFile, logFile] });
    server.unref();
    for (let i = 0; ; i++) {
      const up = await new Promise((resolve) => {
        const socket = net.connect(port, "127.0.0.1", () => socket.end(() => resolve(true)));
        socket.on("error", () => resolve(false));
      });
      if (up) break;
      if (server.exitCode !== null || i > 100) throw new Error(`redis-server did not start: ${fs.readFileSync(path.join(dir, "redis.log"), "utf8").slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const kill = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
  };
  await start();
  log(`Redis on 127.0.0.1:${port}`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    server?.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    /** Kills the server (an outage); `up()` ends it. */
    down: kill,
    /** Starts it again on the same port (empty: no persistence). */
    up: start,
    /** Kills the server and starts it again on the same port (empty: no persistence). */
    async restart() {
      await kill();
      await start();
    },
  };
}
