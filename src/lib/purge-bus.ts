import "server-only";
import { randomBytes } from "node:crypto";
import type { RedisClient } from "./redis";

/**
 * Cache purges reach every app server. Each server keeps its own reader
 * caches (Next's and the front cache); when one expires tags, it publishes
 * them on a Redis channel, and every other server expires the same tags in
 * its own caches (through its loopback route, inside a request, where Next
 * can do it). Pub/sub drops messages while a server is disconnected, so a
 * server that connects again assumes it missed some and empties its reader
 * caches (`everything`).
 */
export const PURGE_CHANNEL = "redaktion:purge";

type Message = { from: string; tags: string[] };

export type PurgeBus = {
  id: string;
  publish(tags: readonly string[]): Promise<void>;
  close(): void;
};

export function createPurgeBus({
  publisher,
  subscriber,
  deliver,
  everything,
  onError = () => {},
  id = randomBytes(8).toString("hex"),
}: {
  publisher: RedisClient;
  /** A connection of its own: in subscribe mode it runs nothing else. */
  subscriber: RedisClient;
  /** Expires these tags in this server's caches. */
  deliver: (tags: string[]) => Promise<void> | void;
  /** The tag that empties every reader cache. */
  everything: string;
  onError?: (error: unknown) => void;
  id?: string;
}): PurgeBus {
  let connectedBefore = false;
  const safely = (tags: string[]) => Promise.resolve().then(() => deliver(tags)).catch(onError);
  subscriber.on("ready", () => {
    // ioredis subscribes again by itself after a reconnect; what was published meanwhile is lost.
    if (connectedBefore) void safely([everything]);
    connectedBefore = true;
  });
  subscriber.on("message", (channel: string, text: string) => {
    if (channel !== PURGE_CHANNEL) return;
    try {
      const message = JSON.parse(text) as Message;
      if (message.from === id || !Array.isArray(message.tags)) return;
      const tags = message.tags.filter((t): t is string => typeof t === "string" && t.length <= 300).slice(0, 500);
      if (tags.length > 0) void safely(tags);
    } catch (error) {
      onError(error);
    }
  });
  subscriber.subscribe(PURGE_CHANNEL).catch(onError);
  return {
    id,
    async publish(tags) {
      if (tags.length === 0) return;
      await publisher.publish(PURGE_CHANNEL, JSON.stringify({ from: id, tags: [...new Set(tags)] } satisfies Message));
    },
    close() {
      subscriber.disconnect();
    },
  };
}
