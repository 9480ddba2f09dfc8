import { absoluteUrl } from "@/lib/site";
import { xmlResponse } from "@/modules/site/http";
import { countPublished, SITEMAP_PAGE_SIZE } from "@/modules/site/queries";
import { sitemapIndex } from "@/modules/site/xml";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

// The sitemap index: pages, the news sitemap, and the articles in files of 10,000.
export async function GET() {
  const pages = Math.max(1, Math.ceil((await countPublished()) / SITEMAP_PAGE_SIZE));
  const entries = [
    { loc: absoluteUrl("/sitemaps/pages.xml") },
    { loc: absoluteUrl("/sitemaps/news.xml") },
    ...Array.from({ length: pages }, (_, i) => ({ loc: absoluteUrl(`/sitemaps/articles-${i + 1}.xml`) })),
  ];
  return xmlResponse(sitemapIndex(entries));
}
