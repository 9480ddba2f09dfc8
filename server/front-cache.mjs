// A shared cache inside the server process, in front of Next's request
// handling, for what the app itself marks as shareable (`s-maxage`): the
// rendered article pages. It answers a hit without routing, proxy or render
// work, and it is purged on every cache invalidation (src/lib/cache.ts), so a
// publish shows on the very next request. Plain JavaScript: the start script
// loads it before anything is compiled.
import { createLru } from "./lru.mjs";
import { articleAddress, coverOf } from "./reader-routes.mjs";

/** Requests that must always reach the app. */
const NEVER = /^\/(admin|api|login|setup|invite|vorschau|_next)(\/|$)/;
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "authorization"];
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?next-auth\.session-token=/;
/** Hop-by-hop and per-response headers that are not replayed. */
const DROP = new Set(["date", "connection", "keep-alive", "transfer-encoding", "set-cookie", "content-length", "x-front-cache-ttl"]);
/**
 * Set by proxy.ts on search result pages: Next renders them per request and
 * they stay `no-store` for browsers and CDNs, but their content changes only
 * through writes that purge this cache, so the server may keep them for this
 * many seconds. Never sent to clients (server/serve.mjs keeps it aside).
 */
export const FRONT_TTL_HEADER = "x-front-cache-ttl";
/** Tracking parameters pages never read: left out of the key so shared links hit the cache. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref)$/;

/**
 * The cache key for a request, or null when it must go to the app: only
 * anonymous GET/HEAD page requests. The key is the path and the query
 * (sorted, without tracking parameters) and whether the answer is gzipped.
 */
export function keyFor(method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return null;
  const [path, query = ""] = (url ?? "/").split("?", 2);
  if (NEVER.test(path) || path.includes("..")) return null;
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  if (SESSION_COOKIE.test(String(headers.cookie ?? ""))) return null;
  const params = [...new URLSearchParams(query)].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = params.length > 0 ? `?${new URLSearchParams(params)}` : "";
  const gzip = /\bgzip\b/.test(String(headers["accept-encoding"] ?? ""));
  return `${gzip ? "gzip" : "identity"} ${path}${search}`;
}

/**
 * Seconds a response may be kept: the proxy's FRONT_TTL_HEADER, else its
 * `s-maxage` if it is public; 0 for anything that sets a cookie.
 */
export function ttlOf(status, headers) {
  if (![200, 404, 410].includes(status)) return 0;
  if (headers["set-cookie"] !== undefined) return 0;
  const marked = Number(headers[FRONT_TTL_HEADER]);
  if (Number.isInteger(marked) && marked > 0) return Math.min(marked, 3600);
  const cc = String(headers["cache-control"] ?? "");
  if (/\b(private|no-store|no-cache)\b/.test(cc)) return 0;
  const m = /\bs-maxage=(\d+)/.exec(cc);
  return m ? Number(m[1]) : 0;
}

const pathOf = (key) => key.slice(key.indexOf(" ") + 1).split("?")[0];

/**
 * What a cache invalidation means for this cache: what the tags cover
 * (server/reader-routes.mjs, the one place that reads a tag).
 */
export function scopeForTags(tags) {
  const { all, lists, pages } = coverOf(tags);
  return { all, lists, paths: pages };
}

/**
 * A purge runs twice: when the app asks Next to expire tags (src/lib/cache.ts),
 * and again once Next has written the expiry where every process reads it
 * (server/shared-cache/runtime.mjs). Between the two a miss may still get
 * the old page from Next's cache; whatever began before the second purge is
 * not kept (and what was kept goes with it). `quietMs` optionally refuses to
 * store anything for a while after a purge as well; off by default, because
 * under load every request in that window renders (a ticker's 1,000 readers
 * rendered it ~300 times per entry with 300 ms).
 */
export function createFrontCache({ maxEntries = 2000, maxBytes = 32 * 1024 * 1024, quietMs = 0, now = () => Date.now() } = {}) {
  const entries = createLru({ maxEntries, maxWeight: maxBytes, now });
  let allPurgedAt = -Infinity;
  let listsPurgedAt = -Infinity;
  const pathPurgedAt = new Map();

  /** When the page behind `key` was last purged. */
  function lastPurge(key) {
    const path = pathOf(key);
    const own = articleAddress(path) ? (pathPurgedAt.get(path) ?? -Infinity) : Math.max(listsPurgedAt, pathPurgedAt.get(path) ?? -Infinity);
    return Math.max(allPurgedAt, own);
  }

  return {
    /** A token for a request that may end in set(): its start time. */
    begin() {
      return now();
    },
    get size() {
      return entries.size;
    },
    get(key) {
      return entries.get(key) ?? null;
    },
    /** True when the page behind `key` was purged at or after `startedAt` (an answer begun then may be stale). */
    purgedSince(key, startedAt) {
      return lastPurge(key) >= startedAt;
    },
    /** Stores a response whose request began at `startedAt`, unless its page was purged since (it may be stale). */
    set(key, startedAt, status, headers, body) {
      const ttl = ttlOf(status, headers);
      const purged = lastPurge(key);
      if (ttl <= 0 || purged >= startedAt || now() < purged + quietMs || body.length > maxBytes / 8) return false;
      const at = now();
      return entries.set(key, { status, headers: replayable(headers), body, storedAt: at, expires: at + ttl * 1000 }, { ttlMs: ttl * 1000, weight: body.length, at });
    },
    /** Drops what `scope` covers (see scopeForTags); no scope: everything. */
    purge(scope = { paths: [], lists: false, all: true }) {
      const at = now();
      if (scope.all) {
        allPurgedAt = at;
        entries.clear();
        pathPurgedAt.clear();
        return;
      }
      for (const path of scope.paths) pathPurgedAt.set(path, at);
      if (scope.lists) listsPurgedAt = at;
      const paths = new Set(scope.paths);
      for (const key of entries.keys()) {
        const path = pathOf(key);
        if (paths.has(path) || (scope.lists && !articleAddress(path))) entries.delete(key);
      }
      // Forget purge times old enough not to matter.
      if (pathPurgedAt.size > 10_000) for (const [path, t] of pathPurgedAt) if (t < at - 60_000) pathPurgedAt.delete(path);
    },
  };
}

/** The headers of a response worth answering again to someone else: without hop-by-hop and per-response ones. */
export function replayable(headers) {
  const kept = {};
  for (const [name, value] of Object.entries(headers)) if (!DROP.has(name) && value !== undefined) kept[name] = value;
  return kept;
}

const GLOBAL_KEY = Symbol.for("redaktion.frontCache");

/** The process's front cache, shared by the server (server/serve.mjs) and the app (src/lib/cache.ts). */
export function processFrontCache() {
  globalThis[GLOBAL_KEY] ??= createFrontCache();
  return globalThis[GLOBAL_KEY];
}

/** Purges what `tags` cover from the process's front cache, if the server made one (no-op under `next dev` or in tests). */
export function purgeFrontCache(tags) {
  globalThis[GLOBAL_KEY]?.purge(scopeForTags(tags));
}
