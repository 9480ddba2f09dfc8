// nginx in front of the app servers hears of a change as soon as every app
// server serves it (called after the shared tag write, server/shared-cache/runtime.mjs).
// With the deploy/nginx.conf recipe: for each address in
//   PROXY_REFRESH_URLS, the changed pages are fetched through it with the
//   refresh header, which makes its micro-cache fetch them fresh and keep
//   them, so readers there see the change at once instead of after up to two
//   seconds.
// Fire-and-forget with a short timeout: a slow proxy must not slow the newsroom.
import { config } from "../config.mjs";
import { refreshPaths } from "../reader-routes.mjs";
import { write as log } from "../log.mjs";

/** The header nginx's recipe compares with its refresh token. */
export const REFRESH_HEADER = "x-redaktion-refresh";

/** The public paths behind cache tags (server/reader-routes.mjs). */
export const pathsForTags = refreshPaths;

/** The same, as the public addresses a CDN knows them by. */
export function urlsForTags(tags, siteUrl = config().site.url) {
  return pathsForTags(tags).map((p) => `${siteUrl}${p}`);
}

/**
 * Tells every nginx in PROXY_REFRESH_URLS to fetch the changed pages fresh.
 * (CDNs hear of the change through the outbox: src/modules/system/purge.ts.)
 * @param {readonly string[]} tags
 */
export function notifyProxies(tags) {
  const settings = config();
  const { urls: proxies, token: refreshToken } = settings.proxyRefresh;
  if (proxies.length === 0) return;
  const paths = pathsForTags(tags);
  for (const proxy of proxies) {
    for (const p of paths) {
      void fetch(`${proxy}${p}`, { headers: { [REFRESH_HEADER]: refreshToken ?? "" }, signal: AbortSignal.timeout(5000) })
        .then((response) => response.arrayBuffer())
        .catch((error) => log("warn", "proxy.refresh-failed", { proxy, path: p, error: String(error?.message ?? error) }));
    }
  }
}
