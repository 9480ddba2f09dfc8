import { randomBytes } from "node:crypto";

/**
 * Cache purges reach every app server. Next's cache is shared (in Redis), but
 * every server also keeps what is in its own memory: the front cache of
 * rendered pages and the memos. When one server expires tags, it publishes
 * them on a Redis channel after the shared tag write, and every other server
 * drops the same tags from its memory. Pub/sub drops messages while a server
 * is disconnected, so a server that connects again assumes it missed some and
 * empties everything it holds (`everything`).
 */
export const PURGE_CHANNEL = "redaktion:purge";

/**
 * @param {{
 *   publisher: import("ioredis").Redis,
 *   subscriber: import("ioredis").Redis,
 *   deliver: (tags: string[]) => Promise<void> | void,
 *   everything: string,
 *   onError?: (error: unknown) => void,
 *   id?: string,
 * }} options `subscriber` is a connection of its own (in subscribe mode it runs nothing else);
 *   `deliver` drops these tags from this server's memory; `everything` is the tag that empties it.
 */
export function createPurgeBus({ publisher, subscriber, deliver, everything, onError = () => {}, id = randomBytes(8).toString("hex") }) {
  let connectedBefore = false;
  /** @param {string[]} tags */
  const safely = (tags) =>
    Promise.resolve()
      .then(() => deliver(tags))
      .catch(onError);
  subscriber.on("ready", () => {
    // ioredis subscribes again by itself after a reconnect; what was published meanwhile is lost.
    if (connectedBefore) void safely([everything]);
    connectedBefore = true;
  });
  subscriber.on("message", (/** @type {string} */ channel, /** @type {string} */ text) => {
    if (channel !== PURGE_CHANNEL) return;
    try {
      const message = JSON.parse(text);
      if (message?.from === id || !Array.isArray(message?.tags)) return;
      const tags = message.tags.filter((/** @type {unknown} */ t) => typeof t === "string" && t.length <= 300).slice(0, 500);
      if (tags.length > 0) void safely(tags);
    } catch (error) {
      onError(error);
    }
  });
  subscriber.subscribe(PURGE_CHANNEL).catch(onError);
  return {
    id,
    /** @param {readonly string[]} tags */
    async publish(tags) {
      if (tags.length === 0) return;
      await publisher.publish(PURGE_CHANNEL, JSON.stringify({ from: id, tags: [...new Set(tags)] }));
    },
    close() {
      subscriber.disconnect();
    },
  };
}
