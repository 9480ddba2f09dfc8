// WORKERS=auto (or a number): one server process per core on this host, all
// on the same port (Node's cluster shares it out), so the reader path uses
// every core. This process only watches them: a worker that dies is replaced,
// SIGTERM is passed on so each drains what it serves, and a purge made in one
// worker is relayed to the others (without Redis; with it, Redis carries
// purges between every process of every host).
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import net from "node:net";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { IPC_PURGE } from "./shared-cache/runtime.mjs";
import { IPC_COLLAB_CHANGED } from "./collab-ipc.mjs";

export async function runWorkers({ count, log }) {
  cluster.setupPrimary({ exec: fileURLToPath(new URL("./worker.mjs", import.meta.url)) });
  // The workers are one server: they share the scheduler's lease, and the first one runs the scheduler's timer.
  const instance = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  // Co-editing: the first worker holds this host's shared documents; the others pass it their upgrades over
  // loopback on this port, with this token (server/collab.mjs).
  const collab = { COLLAB_OWNER_PORT: String(await freeLoopbackPort()), COLLAB_FORWARD_TOKEN: randomBytes(24).toString("hex") };
  let stopping = false;
  const byIndex = new Map();

  const fork = (index) =>
    new Promise((resolve) => {
      const worker = cluster.fork({ WORKER_INDEX: String(index), REDAKTION_INSTANCE: instance, ...collab });
      byIndex.set(index, worker);
      worker.once("listening", () => resolve(worker));
      worker.once("exit", (code, signal) => {
        if (byIndex.get(index) === worker) byIndex.delete(index);
        resolve(null);
        if (stopping) {
          if (byIndex.size === 0) process.exit(0);
          return;
        }
        log(`Worker ${index + 1} ended (${signal ?? `exit ${code}`}); starting a new one`, "warn");
        setTimeout(() => void fork(index), 500);
      });
    });

  cluster.on("message", (from, message) => {
    // Purges, and co-editing's "an article was written elsewhere" (server/collab.mjs): to every other worker.
    if (message?.type !== IPC_PURGE && message?.type !== IPC_COLLAB_CHANGED) return;
    for (const worker of byIndex.values()) if (worker !== from && worker.isConnected()) worker.send(message);
  });

  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    log(`Stopping ${byIndex.size} workers`);
    for (const worker of byIndex.values()) worker.process.kill(signal);
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGTERM"));

  // The first alone (it prepares an empty database), then the rest together.
  if (!(await fork(0))) throw new Error("The first server process did not start; see the lines above.");
  await Promise.all(Array.from({ length: count - 1 }, (_, i) => fork(i + 1)));
  log(`${byIndex.size} server processes on one port (WORKERS)`);
}

/** A loopback port nothing listens on now. */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
