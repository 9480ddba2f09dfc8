import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/ArticleView";
import { LiveTicker } from "@/components/site/LiveTicker";
import { MoreOnTheTopic } from "@/components/site/MoreOnTheTopic";
import { ShareLinks } from "@/components/site/ShareLinks";
import { SITE, siteUrl } from "@/lib/site";
import { getPublishedArticle } from "@/modules/articles/queries";
import { moreOnTheTopic } from "@/modules/articles/related";
import { readerUrlsOf } from "@/modules/media/public-url";
import { shareUrl } from "@/modules/media/variants";
import { getLiveFeed } from "@/modules/live/queries";
import { jsonLdScript, liveBlogJsonLd, newsArticleJsonLd } from "@/modules/site/jsonld";

type Props = { params: Promise<{ section: string; slug: string }> };

// Rendered on the first request and then served from the route cache until a
// write expires its tags (publish, correction, unpublish, a moved image…).
// The re-render every five minutes is a safety net, and what a CDN without
// the purge webhook keeps a page for (s-maxage).
export const revalidate = 300;

/** None at build time (the build has no articles); each is rendered on its first request. */
export function generateStaticParams(): { section: string; slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) return { title: "Seite nicht gefunden", robots: { index: false } };
  const title = article.seoTitle || article.headline;
  const description = article.seoDescription || article.teaser;
  // The lead image's 1200×630 crop (focal point kept), else a generated card with the headline.
  const image = article.image ? shareUrl(article.image, readerUrlsOf(article.image)) : `/og${article.path}`;
  const imageAlt = article.image?.alt || article.headline;
  return {
    title,
    description,
    alternates: { canonical: article.path },
    authors: article.authors.map((a) => ({ name: a.name, url: a.path })),
    openGraph: {
      type: "article",
      title,
      description,
      url: article.path,
      siteName: SITE.name,
      locale: SITE.locale,
      publishedTime: article.publishedAt,
      modifiedTime: article.correction?.at ?? article.publishedAt,
      section: article.sectionName,
      authors: article.authors.map((a) => a.name),
      tags: article.tags.map((t) => t.name),
      images: [{ url: image, width: 1200, height: 630, alt: imageAlt }],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) notFound();
  // A live ticker's entries are cached on their own (ticker:<id>) and expire this page too.
  const [feed, related] = await Promise.all([getLiveFeed(article.id), moreOnTheTopic({ id: article.id, sectionSlug: section, slug })]);
  const site = { name: SITE.name, url: siteUrl() };
  const jsonLd = feed ? liveBlogJsonLd(article, feed, site) : newsArticleJsonLd(article, site);
  return (
    <main id="inhalt" className="mx-auto max-w-2xl px-4 py-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <ArticleView article={article} live={feed ? <LiveTicker feed={feed} /> : undefined} />
      <ShareLinks url={`${siteUrl()}${article.path}`} title={article.headline} />
      <MoreOnTheTopic teasers={related} />
    </main>
  );
}
