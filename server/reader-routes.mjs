// The reader site's addresses and the cache tags that cover them, in one
// place. The app tags its cached data with TAGS (src/modules/articles/cache-tags.ts
// adds the rules for an article's change); every layer that purges asks this
// module what a tag covers: the front cache (server/front-cache.mjs), nginx
// and the CDN (server/shared-cache/proxies.mjs). A tag is "<kind>:<subject>";
// only `coverOf` below reads one, by its kind. READER_ROUTES lists every
// reader route with the tags that expire it; reader-routes.test.ts fails when
// a route under app/ is missing here or a tag does not reach its pages.

/** Section slugs the site keeps for its own addresses (a section may not take one; no reader list lives there). */
export const RESERVED_SLUGS = new Set([
  "admin", "api", "login", "setup", "invite", "suche", "thema", "tag", "autor", "vorschau", "og", "feed", "rss", "sitemap", "sitemaps", "media", "live",
  "artikel-entfernt",
]);

export const TAGS = {
  /** Lists of published articles: home, sections, topics, authors, search, feeds, sitemaps. */
  publishedList: "articles:published",
  /** One article's reader address (and its share image); also tags a cached "not found", so publishing fills it. */
  articlePath: (/** @type {string} */ sectionSlug, /** @type {string} */ slug) => `article:${sectionSlug}/${slug}`,
  /** The breaking-news banner (its own small address, /eilmeldung.json: no page is rendered again for it). */
  breaking: "site:breaking",
  /** An article left the site: pages that may link to it ("Mehr zum Thema") are rendered again. Rare: everything. */
  withdrawn: "articles:withdrawn",
  /** A curated front by its reader path ("/" or "/politik"): its layout was published or a pin ran out. */
  front: (/** @type {string} */ path) => `front:${path}`,
  /** A live ticker's feed (/live/<id>.json). */
  ticker: (/** @type {string} */ articleId) => `ticker:${articleId}`,
  /** The section navigation every reader page shows: everything. */
  sections: "site:sections",
  /** The site's standalone pages (/impressum…): linked from every page's footer, so a change renders everything again. Rare. */
  pages: "site:pages",
  /** One standalone page's address (/impressum); with TAGS.pages, as the footer may name it. */
  page: (/** @type {string} */ slug) => `page:${slug}`,
  /** Every author page (a rename or a new photo): everything. */
  authors: "authors:all",
  /** Content API keys the servers keep in memory: a revocation empties the memory caches, and no page. */
  apiKeys: "memo:api-keys",
  /** On every cached entry: expiring it empties the reader caches entirely. */
  everything: "site:all",
};

/** Paths of the lists that change with any publication, as a proxy or CDN must be told them (it cannot take "every list"). */
const LIST_PATHS = ["/", "/rss", "/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/pages.xml"];

/**
 * What `tags` cover: `all` (every cached page), `lists` (every page but
 * articles), `pages` (exact paths) and `memoryOnly` (a tag for the in-memory
 * caches alone, which every purge empties anyway). A tag of a kind this
 * module does not know covers everything: a new tag can only purge too much.
 * @param {readonly string[]} tags
 */
export function coverOf(tags) {
  const cover = { all: false, lists: false, pages: /** @type {string[]} */ ([]), sections: /** @type {string[]} */ ([]) };
  for (const tag of tags) {
    const colon = tag.indexOf(":");
    const kind = tag.slice(0, colon);
    const subject = tag.slice(colon + 1);
    if (tag === TAGS.publishedList) cover.lists = true;
    else if (tag === TAGS.breaking) cover.pages.push("/eilmeldung.json");
    else if (tag === TAGS.apiKeys) continue;
    else if (kind === "article") {
      cover.pages.push(`/${subject}`, `/og/${subject}`);
      cover.sections.push(subject.slice(0, subject.indexOf("/")));
    } else if (kind === "front") cover.pages.push(subject);
    else if (kind === "ticker") cover.pages.push(`/live/${subject}.json`);
    else if (kind === "page") {
      // Its own address by name (a proxy cannot take "everything"), and every page, whose footer may link it.
      cover.pages.push(`/${subject}`);
      cover.all = true;
    }
    else cover.all = true; // withdrawn, sections, pages, authors, everything, and any kind not known here
  }
  return cover;
}

/**
 * The addresses a proxy in front (nginx's refresh, a CDN's purge) must fetch
 * or forget for `tags`: the exact pages, an article's section page and feed,
 * and the lists by name.
 * @param {readonly string[]} tags
 */
export function refreshPaths(tags) {
  const cover = coverOf(tags);
  const paths = new Set(cover.pages);
  for (const section of cover.sections) for (const p of [`/${section}`, `/rss/${section}`]) paths.add(p);
  if (cover.lists || cover.all) for (const p of LIST_PATHS) paths.add(p);
  return [...paths];
}

const isSlug = (/** @type {string | undefined} */ s) => {
  if (!s || s.startsWith("-") || s.endsWith("-") || s.includes("--")) return false;
  for (const c of s) if (!((c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "-")) return false;
  return true;
};

/**
 * "/<section>/<slug>": the article page's address (section and slug), or null.
 * @param {string} pathname
 */
export function articleAddress(pathname) {
  const parts = pathname.split("/");
  if (parts.length !== 3 || parts[0] !== "") return null;
  const [, section, slug] = parts;
  if (!isSlug(section) || !isSlug(slug) || RESERVED_SLUGS.has(/** @type {string} */ (section))) return null;
  return { section: /** @type {string} */ (section), slug: /** @type {string} */ (slug) };
}

/**
 * Reader lists: home, a section, a topic or an author page (kept a minute by
 * shared caches, purged by every publication).
 * @param {string} pathname
 */
export function isReaderList(pathname) {
  if (pathname === "/") return true;
  const [empty, first, second, ...rest] = pathname.split("/");
  if (empty !== "" || rest.length > 0 || !isSlug(first)) return false;
  if (second === undefined) return !RESERVED_SLUGS.has(/** @type {string} */ (first));
  return (first === "thema" || first === "autor") && isSlug(second);
}

/**
 * Every reader route, as app/ spells it, with an address of it and the tags
 * that expire that address (besides TAGS.everything, which expires all).
 * `uncached` names why a route needs no tag; `unlisted`, why proxies in
 * front are not told its addresses (too many to name: they keep them a
 * minute at most); `namedBy`, the tags whose change names the address to
 * proxies when the route's own tags cannot (a section's pages, with any of its articles).
 * @type {Record<string, { example: string, tags?: string[], uncached?: string, unlisted?: string, namedBy?: string[] }>}
 */
export const READER_ROUTES = {
  "/": { example: "/", tags: [TAGS.publishedList, TAGS.front("/")] },
  // Also a standalone page when no section has the slug (/impressum: TAGS.page("impressum"), see the test).
  "/[section]": { example: "/politik", tags: [TAGS.publishedList, TAGS.front("/politik"), TAGS.pages], namedBy: [TAGS.front("/politik"), TAGS.articlePath("politik", "haushalt-beschlossen")] },
  "/[section]/[slug]": { example: "/politik/haushalt-beschlossen", tags: [TAGS.articlePath("politik", "haushalt-beschlossen")] },
  "/og/[section]/[slug]": { example: "/og/politik/haushalt-beschlossen", tags: [TAGS.articlePath("politik", "haushalt-beschlossen")] },
  "/thema/[tag]": { example: "/thema/klima", tags: [TAGS.publishedList], unlisted: "one address per topic, author or query: proxies keep each a minute at most (s-maxage=60)" },
  "/autor/[id]": { example: "/autor/anna-muster", tags: [TAGS.publishedList, TAGS.authors], unlisted: "one address per topic, author or query: proxies keep each a minute at most (s-maxage=60)" },
  "/suche": { example: "/suche?q=Haushalt", tags: [TAGS.publishedList], unlisted: "kept by the front cache only: browsers and CDNs are told no-store" },
  "/rss": { example: "/rss", tags: [TAGS.publishedList] },
  "/rss/[section]": { example: "/rss/politik", tags: [TAGS.publishedList], namedBy: [TAGS.articlePath("politik", "haushalt-beschlossen")] },
  "/sitemap.xml": { example: "/sitemap.xml", tags: [TAGS.publishedList] },
  "/sitemaps/[name]": { example: "/sitemaps/news.xml", tags: [TAGS.publishedList] },
  "/eilmeldung.json": { example: "/eilmeldung.json", tags: [TAGS.breaking] },
  "/live/[file]": { example: "/live/cmabc123.json", tags: [TAGS.ticker("cmabc123")] },
  "/artikel-entfernt": { example: "/artikel-entfernt?ressort=politik", uncached: "what a removed article's address shows (410), rendered per request" },
  "/vorschau/[token]": { example: "/vorschau/abc", uncached: "a shared preview: rendered per request, never kept" },
  "/vorschau/front/[front]": { example: "/vorschau/front/home", uncached: "the newsroom's preview of a front: per request" },
  "/media/[...key]": { example: "/media/2026/12/bild.webp", uncached: "image files never change under their name" },
  "/robots.txt": { example: "/robots.txt", uncached: "fixed by the configuration" },
  "/manifest.webmanifest": { example: "/manifest.webmanifest", uncached: "fixed by the configuration" },
  "/.well-known/security.txt": { example: "/.well-known/security.txt", uncached: "fixed by the configuration" },
};
