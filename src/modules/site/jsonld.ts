import type { ReaderArticle } from "../articles/dto";
import { absoluteMediaUrl, publicMediaUrl } from "../media/public-url";
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
      ? [largestCropUrl(article.image, "wide", publicMediaUrl), largestCropUrl(article.image, "square", publicMediaUrl), shareUrl(article.image, publicMediaUrl)].map((u) => absoluteMediaUrl(u, site.url))
      : [`${site.url}/og${article.path}`],
    author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: `${site.url}/autor/${a.id}` })),
    publisher: { "@type": "Organization", name: site.name, url: site.url, logo: { "@type": "ImageObject", url: `${site.url}/icon.svg` } },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
