import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "./cache-tags";
import { newestFirst, type ReaderTeaser, teaserInclude, toReaderTeaser } from "./dto";
import { publishedWhere } from "./queries";

// "Mehr zum Thema" at the end of an article: the editor's picks first, then
// published articles sharing the most tags (newest first among equals), then
// the newest of the same section; never the article itself, never one that is
// not published. Cached per article and expired with it, when an article
// leaves the site, and hourly (so new tag-mates join without expiring every
// article page on every publish).

export const MORE_ON_THE_TOPIC = 4;

async function load(articleId: string): Promise<ReaderTeaser[]> {
  const self = await db.article.findUnique({ where: { id: articleId }, select: { sectionId: true, tags: { select: { tagId: true } } } });
  if (!self) return [];
  const picks = await db.relatedArticle.findMany({ where: { articleId, related: publishedWhere() }, orderBy: { position: "asc" }, include: { related: { include: teaserInclude } } });
  const out: ReaderTeaser[] = picks.map((p) => toReaderTeaser(p.related)).slice(0, MORE_ON_THE_TOPIC);
  const taken = new Set([articleId, ...out.map((t) => t.id)]);
  const tagIds = self.tags.map((t) => t.tagId);
  if (out.length < MORE_ON_THE_TOPIC && tagIds.length > 0) {
    const mates = await db.article.findMany({
      where: { ...publishedWhere(), id: { notIn: [...taken] }, tags: { some: { tagId: { in: tagIds } } } },
      orderBy: newestFirst,
      take: 30,
      include: { ...teaserInclude, tags: { select: { tagId: true } } },
    });
    const shared = (a: (typeof mates)[number]) => a.tags.filter((t) => tagIds.includes(t.tagId)).length;
    // Stable sort: among equally related ones the newest stays first.
    for (const mate of [...mates].sort((a, b) => shared(b) - shared(a))) {
      if (out.length >= MORE_ON_THE_TOPIC) break;
      out.push(toReaderTeaser(mate));
      taken.add(mate.id);
    }
  }
  if (out.length < MORE_ON_THE_TOPIC) {
    const same = await db.article.findMany({ where: { ...publishedWhere(), sectionId: self.sectionId, id: { notIn: [...taken] } }, orderBy: newestFirst, take: MORE_ON_THE_TOPIC - out.length, include: teaserInclude });
    out.push(...same.map(toReaderTeaser));
  }
  return out;
}

export function moreOnTheTopic(article: { id: string; sectionSlug: string; slug: string }): Promise<ReaderTeaser[]> {
  return unstable_cache(() => load(article.id), ["article:related", article.id], {
    tags: [TAGS.everything, TAGS.withdrawn, TAGS.articlePath(article.sectionSlug, article.slug)],
    revalidate: 3600,
  })();
}
