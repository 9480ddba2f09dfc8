// The process's shared cache (server/shared-cache/store.mjs) and how purges
// travel: with REDIS_URL, Redis holds Next's entries and tag expiries for
// every server, and a purge message (after the shared write) tells every
// process to drop the same tags from what it keeps in memory (front cache,
// memos); without Redis, the processes of one host (WORKERS) relay the same
// message through the cluster's own channel. Plain JavaScript: Next loads the
// cache handler outside its bundles, and the front door starts this before
// the first request.
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { adapters } from "../adapters.mjs";
import { config } from "../config.mjs";
import { purgeFrontCache } from "../front-cache.mjs";
import { TAGS } from "../reader-routes.mjs";
import { write as log } from "../log.mjs";
import { notifyProxies } from "./proxies.mjs";
import { createPurgeBus } from "./purge-bus.mjs";
import { reconnectDelay } from "./reconnect.mjs";
import { createMemoryStore, createSharedStore } from "./store.mjs";

/** On every entry: expiring it empties the reader caches. */
export const EVERYTHING = TAGS.everything;
/** The message sibling processes pass through the cluster's primary (server/workers.mjs). */
export const IPC_PURGE = "redaktion:purge";

const KEY = Symbol.for("redaktion.sharedCache");

/** What this process keeps in memory besides Next's cache: the front cache's pages and the memos (src/lib/memo.ts). */
function dropFromMemory(tags) {
  purgeFrontCache(tags);
  for (const purge of globalThis.__redaktionMemoPurgers ?? []) purge();
}

/** The build this process serves: its entries are the only ones it reads. */
function buildIdOf(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() || "unknown";
  } catch {
    return "unbuilt";
  }
}

function create() {
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const url = building || adapters().cache !== "redis" ? undefined : config().redis.url;
  let buildId = "unbuilt";
  let buildKnown = false;
  let bus = null;
  const redis = url ? new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: 1000, retryStrategy: reconnectDelay }) : null;
  const store = createSharedStore({
    redis,
    namespace: () => buildId,
    memory: createMemoryStore({ maxBytes: 32 * 1024 * 1024 }),
    announce: async (tags) => {
      dropFromMemory(tags);
      if (bus) await bus.publish(tags).catch((error) => log("warn", "cache.purge-not-sent", { error: String(error?.message ?? error) }));
      else if (cluster.isWorker) process.send?.({ type: IPC_PURGE, tags });
      // Every server serves the change now: the CDN and nginx may fetch it.
      notifyProxies(tags);
    },
    log,
  });

  if (redis) {
    let connectedBefore = false;
    redis.on("error", () => {}); // the store logs the first failure of an outage
    redis.on("ready", () => {
      if (connectedBefore) {
        log("info", "cache.shared-back");
        void store.reconnected();
      } else void store.measureClock().catch(() => {});
      connectedBefore = true;
    });
    const subscriber = new Redis(url, { maxRetriesPerRequest: null, connectTimeout: 2000, retryStrategy: reconnectDelay });
    subscriber.on("error", () => {});
    bus = createPurgeBus({
      publisher: redis,
      subscriber,
      everything: EVERYTHING,
      deliver: (tags) => {
        if (tags.includes(EVERYTHING)) store.clearLocal();
        store.expireHere(tags);
        dropFromMemory(tags);
      },
      onError: (error) => log("warn", "cache.purge-bus-error", { error: String(error?.message ?? error) }),
    });
    setInterval(() => void store.measureClock().catch(() => {}), 60_000).unref();
  } else if (cluster.isWorker) {
    process.on("message", (message) => {
      if (message?.type !== IPC_PURGE || !Array.isArray(message.tags)) return;
      // Dated on arrival, not when sent: a page this process began rendering before it heard of the
      // change (from data it still held) is older than the expiry, so it is not kept.
      store.expireHere(message.tags);
      dropFromMemory(message.tags);
    });
  }

  return {
    store,
    shared: Boolean(redis),
    /** Called by each cache handler Next makes (one per request); the first names the build. */
    useBuildOf(serverDistDir) {
      if (buildKnown || !serverDistDir) return;
      buildId = buildIdOf(serverDistDir);
      buildKnown = true;
    },
    /** At start-up, before the first request: the build's id, and Redis answering (configured but unreachable stops the server). */
    async start({ dir, timeoutMs = 3000 }) {
      this.useBuildOf(path.join(dir, ".next", "server"));
      if (!redis) return { shared: false };
      const started = Date.now();
      while (redis.status !== "ready") {
        if (Date.now() - started > timeoutMs) throw new Error(`Redis at ${config().redis.display} does not answer (REDIS_URL). Start it, or unset REDIS_URL to run one server without it.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await store.measureClock();
      return { shared: true, build: buildId };
    },
    close() {
      bus?.close();
      redis?.disconnect();
    },
  };
}

/** The process's shared cache, made on first use. */
export function sharedCache() {
  globalThis[KEY] ??= create();
  return globalThis[KEY];
}
