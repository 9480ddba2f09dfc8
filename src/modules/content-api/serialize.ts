import "server-only";
import type { Article, MediaAsset, Section } from "@/generated/prisma/client";
import { absoluteUrl, siteUrl } from "@/lib/site";
import { articlePath, authorPath, storedBody } from "../articles/dto";
import { absoluteMediaUrl, readerUrlsOf } from "../media/public-url";
import { cropPicture, fullPicture, shareUrl, variantsComplete, type Picture } from "../media/variants";
import { bodyHtml, type HtmlImage } from "./html";
import type { ArticleField } from "./schema";
import type { z } from "zod";
import type { articleSchema, authorSchema, imageSchema, sectionSchema } from "./schema";

// Rows to the API's shapes (./schema.ts). Every URL is absolute: clients are
// elsewhere.

export type ApiArticle = z.infer<typeof articleSchema>;
export type ApiImage = z.infer<typeof imageSchema>;

/** What an API article is loaded with. */
export const apiArticleInclude = {
  section: true,
  bylines: { orderBy: { position: "asc" }, include: { user: { select: { id: true, name: true, slug: true } } } },
  tags: { include: { tag: { select: { id: true, name: true, slug: true } } } },
  leadImage: true,
  media: { include: { media: true } },
} as const;

export type ApiArticleRow = Article & {
  section: Section;
  bylines: { user: { id: string; name: string; slug: string | null } }[];
  tags: { tag: { id: string; name: string; slug: string } }[];
  leadImage: MediaAsset | null;
  media: { media: MediaAsset }[];
};

const absolute = (url: string) => absoluteMediaUrl(url, siteUrl());

function variants(picture: Picture) {
  return picture.sources.flatMap((source) =>
    source.srcSet.split(", ").map((entry) => {
      const [url, w] = entry.split(" ");
      return { width: Number.parseInt(w ?? "0", 10), url: absolute(url!), type: source.type };
    }),
  );
}

export function toApiImage(m: MediaAsset): ApiImage {
  const urlOf = readerUrlsOf({ ready: variantsComplete(m) });
  return {
    id: m.id,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    width: m.width,
    height: m.height,
    variants: {
      wide: variants(cropPicture(m, "wide", urlOf)),
      square: variants(cropPicture(m, "square", urlOf)),
      full: variants(fullPicture(m, urlOf)),
      share: absolute(shareUrl(m, urlOf)),
    },
  };
}

export function toApiSection(s: Section): z.infer<typeof sectionSchema> {
  return { id: s.id, name: s.name, slug: s.slug, url: absoluteUrl(`/${s.slug}`) };
}

export function toApiAuthor(u: { id: string; name: string; slug: string | null; bio: string }, photo: MediaAsset | null): z.infer<typeof authorSchema> {
  return { id: u.id, name: u.name, slug: u.slug, url: absoluteUrl(authorPath(u)), bio: u.bio, image: photo ? toApiImage(photo) : null };
}

/** A published article as the API (and the webhooks' payloads) show it; `fields` keeps only those asked for. */
export function toApiArticle(a: ApiArticleRow, fields?: readonly ArticleField[]): ApiArticle {
  const body = storedBody(a.body);
  const images: Record<string, HtmlImage> = {};
  for (const { media } of a.media) {
    const full = fullPicture(media, readerUrlsOf({ ready: variantsComplete(media) }));
    images[media.id] = { url: absolute(full.src), width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit };
  }
  const full: Required<ApiArticle> = {
    id: a.id,
    url: absoluteUrl(articlePath(a.section.slug, a.slug)),
    section: toApiSection(a.section),
    slug: a.slug,
    kicker: a.kicker,
    headline: a.headline,
    dateline: a.dateline,
    credit: a.credit,
    teaser: a.teaser,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    publishedAt: (a.publishedAt ?? a.updatedAt).toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    correction: a.updateNote && a.correctedAt ? { note: a.updateNote, at: a.correctedAt.toISOString() } : null,
    byline: a.bylines.map((b) => ({ id: b.user.id, name: b.user.name, url: absoluteUrl(authorPath(b.user)) })),
    tags: a.tags.map((t) => t.tag).sort((x, y) => x.name.localeCompare(y.name, "de")),
    leadImage: a.leadImage ? toApiImage(a.leadImage) : null,
    body: { blocks: body as unknown as Record<string, unknown>, html: bodyHtml(body, images, a.dateline, a.credit) },
  };
  if (!fields?.length) return full;
  return Object.fromEntries(fields.map((f) => [f, full[f]])) as ApiArticle;
}
