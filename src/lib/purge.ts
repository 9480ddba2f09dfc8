import "server-only";
import { config } from "./config.mjs";
import { scopeForTags } from "./front-cache.mjs";
import { log } from "./log";
import { absoluteUrl } from "./site";

// For a CDN in front: after a publish, unpublish or correction, tell it which
// addresses changed (PURGE_WEBHOOK_URL receives POST {"urls": [...]}). Optional,
// fire-and-forget with a short timeout: a slow CDN must not slow the newsroom.

/** The public addresses behind cache tags (parsed once, in src/lib/front-cache.mjs). */
export function urlsForTags(tags: readonly string[]): string[] {
  const scope = scopeForTags(tags);
  const paths = new Set<string>();
  for (const articlePath of scope.paths) {
    const section = articlePath.split("/")[1];
    for (const p of [articlePath, `/og${articlePath}`, `/${section}`, `/rss/${section}`]) paths.add(p);
  }
  if (scope.lists) for (const p of ["/", "/rss", "/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/pages.xml"]) paths.add(p);
  return [...paths].map(absoluteUrl);
}

export function purgeCdn(tags: readonly string[]) {
  const { url: endpoint, token } = config().purge;
  const urls = urlsForTags(tags);
  if (!endpoint || urls.length === 0) return;
  void fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ urls }),
    signal: AbortSignal.timeout(5000),
  })
    .then((response) => {
      if (!response.ok) log.warn("purge.failed", { status: response.status, count: urls.length });
    })
    .catch((error) => log.warn("purge.failed", { error: String(error) }));
}
