// Caches in front of the app servers hear of a change as soon as every app
// server serves it (called after the shared tag write, server/shared-cache/runtime.mjs):
// - a CDN: PURGE_WEBHOOK_URL receives POST {"urls": [...]} (with
//   PURGE_WEBHOOK_TOKEN as a bearer token);
// - nginx with the deploy/nginx.conf recipe: for each address in
//   PROXY_REFRESH_URLS, the changed pages are fetched through it with the
//   refresh header, which makes its micro-cache fetch them fresh and keep
//   them, so readers there see the change at once instead of after up to two
//   seconds.
// Fire-and-forget with a short timeout: a slow proxy must not slow the newsroom.
import { config } from "../config.mjs";
import { refreshPaths } from "../reader-routes.mjs";
import { log } from "./log.mjs";

/** The header nginx's recipe compares with its refresh token. */
export const REFRESH_HEADER = "x-redaktion-refresh";

/** The public paths behind cache tags (server/reader-routes.mjs). */
export const pathsForTags = refreshPaths;

/** The same, as the public addresses a CDN knows them by. */
export function urlsForTags(tags, siteUrl = config().site.url) {
  return pathsForTags(tags).map((p) => `${siteUrl}${p}`);
}

/** @param {readonly string[]} tags */
export function notifyProxies(tags) {
  const settings = config();
  const paths = pathsForTags(tags);
  if (paths.length === 0) return;
  const { url: webhook, token } = settings.purge;
  if (webhook) {
    const urls = paths.map((p) => `${settings.site.url}${p}`);
    void fetch(webhook, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ urls }),
      signal: AbortSignal.timeout(5000),
    })
      .then((response) => {
        if (!response.ok) log("warn", "purge.failed", { status: response.status, count: urls.length });
      })
      .catch((error) => log("warn", "purge.failed", { error: String(error?.message ?? error) }));
  }
  const { urls: proxies, token: refreshToken } = settings.proxyRefresh;
  for (const proxy of proxies) {
    for (const p of paths) {
      void fetch(`${proxy}${p}`, { headers: { [REFRESH_HEADER]: refreshToken ?? "" }, signal: AbortSignal.timeout(5000) })
        .then((response) => response.arrayBuffer())
        .catch((error) => log("warn", "proxy.refresh-failed", { proxy, path: p, error: String(error?.message ?? error) }));
    }
  }
}
