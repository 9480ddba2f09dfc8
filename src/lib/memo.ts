import "server-only";

// Small in-memory caches for reader data the route cache cannot hold (search
// results depend on the query string). Every cache invalidation empties all
// of them (src/lib/cache.ts), so they are never staler than the pages; the
// TTL bounds them on servers that did not see the change.

// Shared through globalThis: the proxy is bundled apart from the app, so it
// has its own copy of this module in the same process, and a write in the app
// must empty the proxy's memos too.
const registry = globalThis as unknown as { __redaktionMemoPurgers?: Set<() => void> };
const purgers = (registry.__redaktionMemoPurgers ??= new Set<() => void>());

export function createMemo<T>({ max = 500, ttlMs = 60_000 }: { max?: number; ttlMs?: number } = {}) {
  const entries = new Map<string, { value: T; expires: number }>();
  let generation = 0;
  purgers.add(() => {
    generation++;
    entries.clear();
  });
  return {
    async get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) {
        entries.delete(key); // most recently used last
        entries.set(key, hit);
        return hit.value;
      }
      const startedAt = generation;
      const value = await load();
      // Computed across an invalidation, it may be stale: answer with it, do not keep it.
      if (startedAt === generation) {
        entries.set(key, { value, expires: Date.now() + ttlMs });
        while (entries.size > max) entries.delete(entries.keys().next().value!);
      }
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}

/** Empties every memo (called on each cache invalidation). */
export function purgeMemos() {
  for (const purge of purgers) purge();
}
