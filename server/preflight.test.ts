// `npm start` in conditions that cannot work: it must say what is wrong in
// one line and end with exit code 1 within a second or two, before it
// migrates, builds or serves anything. Started for real (server/start.mjs),
// as a newcomer would run it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPort, lockDataDir, prepareDataDir } from "./preflight.mjs";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-preflight-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `node server/start.mjs` with the given environment; resolves with its exit code, output and time taken. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["server/start.mjs"], { env: { PATH: process.env.PATH ?? "", HOME: temp, HOSTNAME: "127.0.0.1", ...env } as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim(), ms: Date.now() - began });
    });
  });
}

describe("npm start refuses what cannot work, in one line", () => {
  it("a DATA_DIR that cannot be created (under /proc): named, exit 1, no endless loop", async () => {
    const result = await start({ DATA_DIR: "/proc/redaktion-data", PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^DATA_DIR \/proc\/redaktion-data cannot be created: /);
    expect(result.output.split("\n")).toHaveLength(1);
    expect(result.ms).toBeLessThan(5000);
  });

  it("a DATA_DIR that is a file: named, exit 1, no stack trace", async () => {
    const file = path.join(temp, "not-a-folder");
    fs.writeFileSync(file, "x");
    const result = await start({ DATA_DIR: file, PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.output).toBe(`DATA_DIR ${file} is a file, not a folder: point DATA_DIR at a folder (it is created if missing).`);
  });

  it("a port in use: named before anything else happens, exit 1", async () => {
    const port = await freePort();
    const other = net.createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => other.once("listening", resolve));
    try {
      const dataDir = path.join(temp, "port-test");
      const result = await start({ DATA_DIR: dataDir, PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.output).toBe(`Port ${port} is in use (another Redaktion, or something else): stop it, or set PORT to a free port.`);
      expect(fs.existsSync(dataDir)).toBe(false); // checked before the folder is even made
    } finally {
      other.close();
    }
  });

  it("a second server on the same SQLite file: refused, naming the first", async () => {
    const dataDir = path.join(temp, "shared");
    fs.mkdirSync(dataDir);
    // The first server's lock: this test process stands in for it (a live Node process).
    const first = lockDataDir(dataDir, { port: 3300 });
    expect(first.message).toBeUndefined();
    try {
      const result = await start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Another Redaktion (process ${process.pid} on port 3300) already serves the database in ${dataDir}`);
    } finally {
      first.release?.();
    }
    expect(fs.existsSync(path.join(dataDir, "server.lock"))).toBe(false);
  });
});

describe("preflight checks", () => {
  it("creates a missing data folder, nested, and proves it writable", () => {
    const nested = path.join(temp, "a", "b", "c");
    expect(prepareDataDir(nested)).toBeNull();
    expect(fs.statSync(nested).isDirectory()).toBe(true);
    expect(fs.readdirSync(nested)).toEqual([]);
  });

  it("names a file in the way of the path", () => {
    const file = path.join(temp, "blocker");
    fs.writeFileSync(file, "x");
    expect(prepareDataDir(path.join(file, "data"))).toBe(`DATA_DIR ${path.join(file, "data")} cannot be created: ${file} is a file, not a folder.`);
  });

  it("takes over a lock left by a server that is gone", () => {
    const dataDir = path.join(temp, "stale");
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, "server.lock"), JSON.stringify({ pid: 2_147_483_000, port: 3000 }));
    const lock = lockDataDir(dataDir, { port: 3001 });
    expect(lock.message).toBeUndefined();
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, "server.lock"), "utf8"))).toMatchObject({ pid: process.pid, port: 3001 });
    lock.release?.();
  });

  it("a free port passes", async () => {
    expect(await checkPort(await freePort(), "127.0.0.1")).toBeNull();
  });
});
