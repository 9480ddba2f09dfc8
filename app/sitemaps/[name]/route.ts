import { absoluteUrl, SITE } from "@/lib/site";
import { xmlResponse } from "@/modules/site/http";
import { feedArticles, sitemapArticles, sitemapPages } from "@/modules/site/queries";
import { newsSitemap, urlSet } from "@/modules/site/xml";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

const NEWS_WINDOW_MS = 48 * 3600_000;

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (name === "pages.xml") return xmlResponse(urlSet((await sitemapPages()).map((path) => ({ loc: absoluteUrl(path) }))));
  if (name === "news.xml") {
    const since = new Date(Math.floor((Date.now() - NEWS_WINDOW_MS) / 60_000) * 60_000);
    const items = await feedArticles({ since, limit: 1000 });
    return xmlResponse(newsSitemap(SITE, items.map((i) => ({ loc: absoluteUrl(i.path), title: i.title, publishedAt: i.publishedAt }))));
  }
  const match = /^articles-(\d{1,5})\.xml$/.exec(name);
  if (match) {
    const rows = await sitemapArticles(Number(match[1]));
    if (rows.length === 0 && match[1] !== "1") return new Response("Not found", { status: 404 });
    return xmlResponse(urlSet(rows.map((r) => ({ loc: absoluteUrl(r.path), lastmod: r.lastmod }))));
  }
  return new Response("Not found", { status: 404 });
}
