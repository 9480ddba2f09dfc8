// Paths the site has under its own names: no section may take one of them as
// its slug, and the proxy does not treat them as reader lists.
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "admin", "api", "login", "setup", "invite", "suche", "thema", "tag", "autor", "vorschau", "og", "feed", "rss", "sitemap", "sitemaps", "media", "live",
]);
