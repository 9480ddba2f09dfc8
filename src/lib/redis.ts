import "server-only";
import { Redis } from "ioredis";
import { config } from "@server/config.mjs";
import { log } from "./log";
import { reconnectDelay } from "@server/shared-cache/reconnect.mjs";

/**
 * The process's Redis connection (REDIS_URL), for what several app servers
 * share: rate-limit counters and the purge bus. Commands fail fast instead of
 * queueing while Redis is away, so callers can fall back (a request never
 * waits for Redis to return); ioredis keeps reconnecting in the background.
 */
export type RedisClient = Redis;

let client: Redis | null = null;


export function redisConfigured() {
  return Boolean(config().redis.url);
}

export function redis(): Redis {
  const { url } = config().redis;
  if (!url) throw new Error("REDIS_URL is not set.");
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, lazyConnect: false, retryStrategy: reconnectDelay });
    let down = false;
    client.on("error", (error) => {
      if (!down) log.warn("redis.unavailable", { error });
      down = true;
    });
    client.on("ready", () => {
      if (down) log.info("redis.back");
      down = false;
    });
  }
  return client;
}

/** At start-up: Redis configured but unreachable stops the server with a clear message. */
export async function checkRedis(timeoutMs = 3000) {
  const client = redis();
  const started = Date.now();
  while (client.status !== "ready") {
    if (Date.now() - started > timeoutMs) throw new Error(`Redis at ${config().redis.display} does not answer (REDIS_URL). Start it, or unset REDIS_URL to run one server without it.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { redis: await client.ping() };
}
