import "server-only";
import { absoluteUrl, SITE, siteUrl } from "@/lib/site";
import { db } from "@/lib/db";
import { absoluteMediaUrl, readerUrlsOf } from "../media/public-url";
import { SHARE, shareUrl } from "../media/variants";
import { feedArticles } from "./queries";
import { rss } from "./xml";

/** RSS 2.0 for the whole site or one section; null for an unknown section. */
export async function buildFeed(sectionSlug?: string): Promise<string | null> {
  const section = sectionSlug ? await db.section.findUnique({ where: { slug: sectionSlug } }) : null;
  if (sectionSlug && !section) return null;
  const items = await feedArticles({ sectionSlug, limit: 50 });
  const self = sectionSlug ? `/rss/${sectionSlug}` : "/rss";
  return rss(
    {
      title: section ? `${SITE.name} – ${section.name}` : SITE.name,
      link: absoluteUrl(section ? `/${section.slug}` : "/"),
      selfLink: absoluteUrl(self),
      description: section ? `Nachrichten aus dem Ressort ${section.name}` : SITE.description,
      language: "de-DE",
    },
    items.map((i) => ({
      title: i.title,
      link: absoluteUrl(i.path),
      description: i.description,
      publishedAt: i.publishedAt,
      category: i.section,
      authors: i.authors,
      image: i.image ? { url: absoluteMediaUrl(shareUrl(i.image, readerUrlsOf(i.image)), siteUrl()), width: SHARE.width, height: SHARE.height, type: "image/jpeg", alt: i.image.alt } : undefined,
    })),
  );
}
