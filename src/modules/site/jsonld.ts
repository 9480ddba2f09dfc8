import type { ReaderArticle } from "../articles/dto";
import type { LiveFeed } from "../live/dto";
import { absoluteMediaUrl, readerUrlsOf } from "../media/public-url";
import { largestCropUrl, shareUrl } from "../media/variants";

type Site = { name: string; url: string };

/** schema.org NewsArticle for an article page. */
export function newsArticleJsonLd(article: ReaderArticle, site: Site) {
  const url = `${site.url}${article.path}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: (article.seoTitle || article.headline).slice(0, 110),
    description: article.seoDescription || article.teaser,
    datePublished: article.publishedAt,
    dateModified: article.correction?.at ?? article.publishedAt,
    articleSection: article.sectionName,
    inLanguage: "de-DE",
    // Google asks for 16:9, 4:3 or 1:1 at 1200 px or more; the lead image's focal-point crops are those.
    image: article.image
      ? [largestCropUrl(article.image, "wide", readerUrlsOf(article.image)), largestCropUrl(article.image, "square", readerUrlsOf(article.image)), shareUrl(article.image, readerUrlsOf(article.image))].map((u) => absoluteMediaUrl(u, site.url))
      : [`${site.url}/og${article.path}`],
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: `${site.url}${a.path}` })),
    publisher: { "@type": "Organization", name: site.name, url: site.url, logo: { "@type": "ImageObject", url: `${site.url}/icon.svg` } },
  };
}

/**
 * A live ticker: LiveBlogPosting with its coverage times and its entries as
 * liveBlogUpdate (newest first); once closed, coverageEndTime says so.
 */
export function liveBlogJsonLd(article: ReaderArticle, feed: LiveFeed, site: Site) {
  const base = newsArticleJsonLd(article, site);
  const url = base.url;
  return {
    ...base,
    "@type": "LiveBlogPosting",
    dateModified: feed.entries[0]?.updatedAt ?? base.dateModified,
    coverageStartTime: feed.startedAt,
    ...(feed.endedAt ? { coverageEndTime: feed.endedAt } : {}),
    liveBlogUpdate: feed.entries.slice(0, 50).map((e) => ({
      "@type": "BlogPosting",
      "@id": `${url}#eintrag-${e.id}`,
      url: `${url}#eintrag-${e.id}`,
      headline: (e.text || e.quote).slice(0, 110),
      articleBody: [e.text, e.quote ? `„${e.quote}“${e.quoteBy ? ` – ${e.quoteBy}` : ""}` : ""].filter(Boolean).join("\n"),
      datePublished: e.at,
      dateModified: e.updatedAt,
      ...(e.author ? { author: { "@type": "Person", name: e.author } } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
