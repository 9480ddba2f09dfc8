// Sitemaps and RSS, built as strings with every value escaped.

export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function sitemapIndex(entries: { loc: string; lastmod?: string }[]): string {
  const items = entries.map((e) => `<sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ""}</sitemap>`);
  return `${DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join("")}</sitemapindex>\n`;
}

export function urlSet(entries: { loc: string; lastmod?: string }[]): string {
  const items = entries.map((e) => `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ""}</url>`);
  return `${DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items.join("")}</urlset>\n`;
}

/** Google News sitemap: articles of the last 48 hours. */
export function newsSitemap(site: { name: string; language: string }, entries: { loc: string; title: string; publishedAt: string }[]): string {
  const items = entries.map(
    (e) =>
      `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>${escapeXml(site.language)}</news:language></news:publication><news:publication_date>${escapeXml(e.publishedAt)}</news:publication_date><news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  );
  return `${DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${items.join("")}</urlset>\n`;
}

/** `image`: the lead image's share file (Media RSS media:content), for readers that show pictures. */
export type FeedItem = { title: string; link: string; description: string; publishedAt: string; category: string; authors: string[]; image?: { url: string; width: number; height: number; type: string; alt: string } };

/** RSS 2.0 with an atom:link to itself, as validators expect. */
export function rss(channel: { title: string; link: string; selfLink: string; description: string; language: string }, items: FeedItem[]): string {
  const rfc822 = (iso: string) => new Date(iso).toUTCString();
  const body = items
    .map(
      (i) =>
        `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link><guid isPermaLink="true">${escapeXml(i.link)}</guid><description>${escapeXml(i.description)}</description><pubDate>${rfc822(i.publishedAt)}</pubDate><category>${escapeXml(i.category)}</category>${i.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`).join("")}${i.image ? `<media:content url="${escapeXml(i.image.url)}" medium="image" type="${escapeXml(i.image.type)}" width="${i.image.width}" height="${i.image.height}">${i.image.alt ? `<media:description>${escapeXml(i.image.alt)}</media:description>` : ""}</media:content>` : ""}</item>`,
    )
    .join("");
  return `${DECLARATION}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.link)}</link><atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/><description>${escapeXml(channel.description)}</description><language>${escapeXml(channel.language)}</language>${items[0] ? `<lastBuildDate>${rfc822(items[0].publishedAt)}</lastBuildDate>` : ""}${body}</channel></rss>\n`;
}
