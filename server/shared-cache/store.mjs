// Next's data and page cache, as one store per process that every app
// server can share (server/shared-cache/handler.mjs hands it to Next).
//
// - Without Redis: entries live in this process's memory (an LRU bounded in
//   bytes); tag expiries too, and sibling processes on the same host (WORKERS)
//   are told through `announce`.
// - With Redis: entries live in Redis under the build's id, so one render
//   serves every server and a new build never reads an older build's pages;
//   tag expiries are Redis keys every server reads in `get` (an entry is
//   expired when one of its tags was expired after it was rendered), so no
//   server depends on a message arriving. The memory store stands in while
//   Redis is away; when it is back, what was held locally is dropped and the
//   expiries made meanwhile are written to Redis.
//
// Times are Redis's clock (measured offset) when shared, so servers whose
// clocks differ still agree on "rendered before the expiry".

import { createLru } from "../lru.mjs";

export const ENTRY_PREFIX = "redaktion:cache:";
export const TAG_PREFIX = "redaktion:cache-tag:";
/** How long a shared entry is kept at most: Next's expireTime (next.config.ts). */
export const ENTRY_TTL_S = 86_400;

const BUFFER = "__redaktion_buffer";
const MAP = "__redaktion_map";

/** JSON for Next's cache values: Buffers (RSC payloads, route bodies) and Maps (segment data) survive. */
export function serialize(value) {
  return JSON.stringify(value, function (key, converted) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [BUFFER]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
    if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
    return converted;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (typeof value[BUFFER] === "string") return Buffer.from(value[BUFFER], "base64");
      if (Array.isArray(value[MAP])) return new Map(value[MAP]);
    }
    return value;
  });
}

/** Roughly how many bytes a value holds: strings and buffers, which is where the size is. */
export function sizeOf(value, depth = 0) {
  if (value == null || depth > 8) return 0;
  if (typeof value === "string") return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Map) {
    let size = 0;
    for (const [k, v] of value) size += sizeOf(k, depth + 1) + sizeOf(v, depth + 1);
    return size;
  }
  if (typeof value === "object") {
    let size = 0;
    for (const v of Object.values(value)) size += sizeOf(v, depth + 1) + 8;
    return size;
  }
  return 8;
}

/**
 * The tags an entry answers to: its own (those it was stored with, Next's
 * x-next-cache-tags header for pages) and the lookup's (data lookups name theirs).
 */
export function tagsOf(record, extra = []) {
  const tags = new Set(extra);
  for (const tag of record.tags ?? []) tags.add(tag);
  for (const tag of record.value?.tags ?? []) tags.add(tag);
  const header = record.value?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

/**
 * Next's rule for an expired tag: it was expired after the entry was made, at
 * a time that has come. (A stale-while-revalidate expiry counts as expired
 * here: the newsroom always wants the next reader to get the new version.)
 */
export function isExpired(lastModified, expiries, now) {
  return expiries.some((at) => typeof at === "number" && at <= now && at > lastModified);
}

/** When a tag stops being valid, for revalidateTag(tags, durations). */
export function expiryFor(durations, now) {
  return typeof durations?.expire === "number" ? now + durations.expire * 1000 : now;
}

/** Entries of this process (the one memory cache, server/lru.mjs), bounded in bytes, with the tag expiries they are checked against. */
export function createMemoryStore({ maxBytes = 32 * 1024 * 1024 } = {}) {
  const entries = createLru({ maxWeight: maxBytes });
  const tags = new Map();
  return {
    get(key, extraTags, now) {
      const record = entries.get(key, now);
      if (!record) return null;
      if (isExpired(record.lastModified, tagsOf(record, extraTags).map((t) => tags.get(t)), now)) {
        entries.delete(key);
        return null;
      }
      return record;
    },
    set(key, record, now) {
      const size = sizeOf(record.value) + key.length;
      if (size > maxBytes / 4) {
        entries.delete(key);
        return;
      }
      entries.set(key, record, { ttlMs: ENTRY_TTL_S * 1000, weight: size, at: now });
    },
    expire(tagList, at) {
      for (const tag of tagList) tags.set(tag, Math.max(at, tags.get(tag) ?? 0));
      // Expiry times older than any entry could be are of no use: keep the map small.
      if (tags.size > 50_000) for (const [tag, time] of tags) if (time < at - ENTRY_TTL_S * 1000) tags.delete(tag);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return entries.weight;
    },
  };
}

/**
 * The store Next's cache handler uses.
 * @param {{
 *   redis?: import("ioredis").Redis | null,
 *   namespace: () => string,
 *   memory?: ReturnType<typeof createMemoryStore>,
 *   announce?: (tags: string[]) => Promise<void> | void,
 *   log?: (level: "info" | "warn", event: string, fields?: object) => void,
 * }} options `namespace`: the build's id (entries of another build are never read);
 *   `announce`: tells the other servers or processes to drop these tags from their memory.
 */
export function createSharedStore({ redis = null, namespace, memory = createMemoryStore(), announce = () => {}, log = () => {} }) {
  let offset = 0; // Redis's clock minus ours
  /** Tag expiries that could not be written to Redis: written when it is back. */
  const pending = new Map();
  const usable = () => redis !== null && redis.status === "ready";
  const now = () => Date.now() + offset;
  let warned = false;
  const fallBack = (error) => {
    if (!warned) log("warn", "cache.shared-unavailable", { error: String(error?.message ?? error) });
    warned = true;
  };

  async function measureClock() {
    if (!usable()) return;
    const before = Date.now();
    const [seconds, micros] = await redis.time();
    const after = Date.now();
    offset = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000) - Math.round((before + after) / 2);
  }

  async function writeExpiries(expiries) {
    const batch = redis.multi();
    for (const [tag, at] of expiries) {
      // A later expiry wins; an earlier one never undoes it.
      batch.eval("local v = tonumber(redis.call('GET', KEYS[1]) or '0') if tonumber(ARGV[1]) > v then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) else redis.call('EXPIRE', KEYS[1], ARGV[2]) end", 1, TAG_PREFIX + tag, String(at), String(ENTRY_TTL_S * 2));
    }
    const results = await batch.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  return {
    now,
    measureClock,

    /** @returns {Promise<{ value: unknown, lastModified: number, cacheControl?: unknown } | null>} */
    async get(key, extraTags = []) {
      if (!usable()) return memory.get(key, extraTags, now());
      try {
        const text = await redis.getBuffer(ENTRY_PREFIX + namespace() + ":" + key);
        if (!text) return null;
        const record = deserialize(text.toString("utf8"));
        const tags = tagsOf(record, extraTags);
        if (tags.length > 0) {
          const expiries = (await redis.mget(tags.map((t) => TAG_PREFIX + t))).map((v) => (v === null ? undefined : Number(v)));
          if (isExpired(record.lastModified, expiries, now())) return null;
        }
        return record;
      } catch (error) {
        fallBack(error);
        return memory.get(key, extraTags, now());
      }
    },

    async set(key, record) {
      if (!usable()) return memory.set(key, record, now());
      try {
        const ttl = Math.min(ENTRY_TTL_S, Math.max(60, Number(record.cacheControl?.expire) || ENTRY_TTL_S));
        await redis.set(ENTRY_PREFIX + namespace() + ":" + key, serialize(record), "EX", ttl);
      } catch (error) {
        fallBack(error);
        memory.set(key, record, now());
      }
    },

    /** Expires tags everywhere: here, in Redis (before anyone is told), then on the other servers or processes. */
    async expire(tags, durations) {
      if (tags.length === 0) return;
      const at = expiryFor(durations, now());
      memory.expire(tags, at);
      if (redis !== null) {
        try {
          if (!usable()) throw new Error(`Redis is ${redis.status}`);
          await writeExpiries(tags.map((t) => [t, at]));
        } catch (error) {
          fallBack(error);
          for (const tag of tags) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
        }
      }
      await announce(tags);
    },

    /**
     * Another server or process expired these tags (its Redis write is done):
     * what this process holds goes too. Dated on arrival: whatever this process
     * began before it heard of the change counts as older.
     */
    expireHere(tags) {
      memory.expire(tags, now());
    },

    /** Redis is back after an outage: drop what was held locally, write the expiries made meanwhile. */
    async reconnected() {
      warned = false;
      memory.clear();
      await measureClock().catch(() => {});
      if (pending.size === 0) return;
      const expiries = [...pending];
      pending.clear();
      try {
        await writeExpiries(expiries);
        log("info", "cache.expiries-replayed", { tags: expiries.length });
      } catch (error) {
        for (const [tag, at] of expiries) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
        fallBack(error);
      }
    },

    clearLocal() {
      memory.clear();
    },

    memory,
    get pending() {
      return pending.size;
    },
  };
}

/**
 * Empties the shared cache: every build's entries and every tag expiry (after
 * a restore, the database is older than what was rendered from it). Servers
 * still running are told to drop what they hold.
 */
export async function flushShared(redis) {
  let cursor = "0";
  let removed = 0;
  for (const pattern of [ENTRY_PREFIX + "*", TAG_PREFIX + "*"]) {
    cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) removed += await redis.unlink(...keys);
    } while (cursor !== "0");
  }
  return removed;
}
