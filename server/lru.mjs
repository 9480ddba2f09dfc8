// The one in-memory cache: least recently used entries go first, bounded in
// entries and in weight (bytes, or whatever `weight` counts), each entry with
// its own time to live. The front cache's pages (server/front-cache.mjs),
// Next's entries without Redis (server/shared-cache/store.mjs) and the app's
// memos (src/lib/memo.ts) are each one of these; what they add (purge times,
// tag expiries, loads under way) is theirs.

/**
 * @template V
 * @param {{ maxEntries?: number, maxWeight?: number, now?: () => number }} [options]
 */
export function createLru({ maxEntries = Infinity, maxWeight = Infinity, now = Date.now } = {}) {
  /** Insertion order = least recently used first. @type {Map<string, { value: V, expiresAt: number, weight: number }>} */
  const entries = new Map();
  let weight = 0;

  /** @param {string} key */
  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return false;
    weight -= entry.weight;
    entries.delete(key);
    return true;
  }

  return {
    /**
     * The value under `key` if it has not expired at `at` (made the most recently used).
     * @param {string} key @param {number} [at] @returns {V | undefined}
     */
    get(key, at = now()) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= at) {
        remove(key);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    /**
     * Keeps `value` for `ttlMs`; false when it alone weighs more than the cache may hold (nothing is kept then).
     * @param {string} key @param {V} value
     * @param {{ ttlMs?: number, weight?: number, at?: number }} [options]
     */
    set(key, value, { ttlMs = Infinity, weight: cost = 0, at = now() } = {}) {
      remove(key);
      if (cost > maxWeight) return false;
      entries.set(key, { value, expiresAt: at + ttlMs, weight: cost });
      weight += cost;
      while (entries.size > maxEntries || weight > maxWeight) remove(/** @type {string} */ (entries.keys().next().value));
      return true;
    },
    delete: remove,
    clear() {
      entries.clear();
      weight = 0;
    },
    /** The keys, least recently used first (a copy: deleting while walking it is safe). */
    keys() {
      return [...entries.keys()];
    },
    get size() {
      return entries.size;
    },
    get weight() {
      return weight;
    },
  };
}
