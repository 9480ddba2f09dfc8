// Redis between collaboration servers (server/collab.mjs): every server that
// holds an article's shared document passes its updates and presence to the
// others, so people on different servers type into one history. Connections
// are opened here, beside the cache's (the only place that opens Redis).
import { randomBytes } from "node:crypto";
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { Redis } from "ioredis";
import { adapters } from "../adapters.mjs";
import { config } from "../config.mjs";
import { reconnectDelay } from "./reconnect.mjs";

/** The relay when Redis is configured (the same REDIS_URL as the cache), else null. */
export function collabRelay() {
  const url = adapters().cache === "redis" ? config().redis.url : undefined;
  if (!url) return null;
  return new RedisExtension({
    // Two connections (publishing, subscribing); they queue while Redis is briefly away and catch up after.
    createClient: () => {
      const client = new Redis(url, { connectTimeout: 2000, retryStrategy: reconnectDelay, maxRetriesPerRequest: null });
      client.on("error", () => {}); // the cache logs an outage; the relay resumes with the connection
      return client;
    },
    prefix: "redaktion:collab",
    // One server stores a document at a time (a lock in Redis); the lock lasts at most this long.
    lockTimeout: 5000,
  });
}

export const CHANGED_CHANNEL = "redaktion:collab:changed";
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * "This article was written elsewhere" for every server (a restore on one
 * server, the document open on another): null without Redis. `deliver` runs
 * for messages from the other servers only.
 */
export function changedElsewhereChannel(deliver) {
  const url = adapters().cache === "redis" ? config().redis.url : undefined;
  if (!url) return null;
  const id = randomBytes(8).toString("hex");
  const options = { connectTimeout: 2000, retryStrategy: reconnectDelay, maxRetriesPerRequest: 1 };
  const publisher = new Redis(url, options);
  const subscriber = new Redis(url, options);
  publisher.on("error", () => {});
  subscriber.on("error", () => {});
  subscriber.on("message", (channel, text) => {
    if (channel !== CHANGED_CHANNEL) return;
    try {
      const message = JSON.parse(text);
      if (message?.from !== id && typeof message?.articleId === "string" && ARTICLE_ID.test(message.articleId)) deliver(message.articleId);
    } catch {
      // not ours
    }
  });
  subscriber.subscribe(CHANGED_CHANNEL).catch(() => {});
  return {
    publish: (articleId) => publisher.publish(CHANGED_CHANNEL, JSON.stringify({ from: id, articleId })).catch(() => {}),
  };
}
