import "server-only";
import { createLru } from "@server/lru.mjs";

// Small in-memory caches for reader data the route cache cannot hold (search
// results depend on the query string; the Content API's answers depend on
// the key's rate and origin). Every cache invalidation empties all of them
// (src/lib/cache.ts, and server/shared-cache/runtime.mjs when another server
// invalidated), so they are never staler than the pages; the TTL bounds them
// on servers that did not see the change.

// Shared through globalThis: the proxy is bundled apart from the app, so it
// has its own copy of this module in the same process, and a write in the app
// must empty the proxy's memos too.
const registry = globalThis as unknown as { __redaktionMemoPurgers?: Set<() => void> };
const purgers = (registry.__redaktionMemoPurgers ??= new Set<() => void>());

type MemoOptions<T> = {
  /** Entries kept at most (least recently used go first). */
  max?: number;
  ttlMs?: number;
  /** With `maxWeight`: what an entry costs (e.g. its length), so a few large answers cannot fill the heap. */
  weigh?: (value: T) => number;
  maxWeight?: number;
};

export function createMemo<T>({ max = 500, ttlMs = 60_000, weigh, maxWeight = Infinity }: MemoOptions<T> = {}) {
  // Boxed, so a load that answers undefined is kept like any other answer.
  const entries = createLru<{ value: T }>({ maxEntries: max, maxWeight });
  // Loads under way: callers asking the same question meanwhile wait for the same answer.
  const pending = new Map<string, Promise<T>>();
  let generation = 0;
  purgers.add(() => {
    generation++;
    entries.clear();
    pending.clear();
  });
  return {
    async get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit) return hit.value;
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const startedAt = generation;
      const loading = load().then((value) => {
        // Computed across an invalidation, it may be stale: answer with it, do not keep it.
        if (startedAt === generation) entries.set(key, { value }, { ttlMs, weight: weigh ? weigh(value) : 0 });
        return value;
      });
      pending.set(key, loading);
      try {
        return await loading;
      } finally {
        if (pending.get(key) === loading) pending.delete(key);
      }
    },
    get size() {
      return entries.size;
    },
    get weight() {
      return entries.weight;
    },
  };
}

/** Empties every memo (called on each cache invalidation). */
export function purgeMemos() {
  for (const purge of purgers) purge();
}
