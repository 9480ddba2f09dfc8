import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { assertCan, can } from "../access/policy";
import { bodyImageIds, bodyText } from "../articles/body";
import { TAGS } from "../articles/cache-tags";
import { storedBody } from "../articles/dto";
import { publishedWhere } from "../articles/queries";
import type { Actor } from "../auth/actor";
import { toReaderImage } from "../media/dto";
import type { LiveFeed } from "./dto";

export type { LiveEntryView, LiveFeed } from "./dto";

// What readers get of a ticker: cached per ticker and tagged with its own tag,
// so 1,000 readers polling cost one render per change, not one per reader.

/** The newest entries a page shows and the feed carries. */
export const FEED_ENTRIES = 100;

async function loadFeed(articleId: string, publishedOnly: boolean): Promise<LiveFeed | null> {
  const ticker = await db.liveTicker.findFirst({
    where: { articleId, ...(publishedOnly ? { article: publishedWhere() } : {}) },
    include: { entries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: FEED_ENTRIES, include: { author: { select: { name: true } } } } },
  });
  if (!ticker) return null;
  const entries = ticker.entries.map((e) => {
    const body = storedBody(e.body);
    return { id: e.id, at: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString(), keyEvent: e.keyEvent, body, text: bodyText(body).trim(), quote: e.quote, quoteBy: e.quoteBy, author: e.author?.name ?? "" };
  });
  const ids = [...new Set(entries.flatMap((e) => bodyImageIds(e.body)))];
  const media = ids.length > 0 ? await db.mediaAsset.findMany({ where: { id: { in: ids } } }) : [];
  const newest = Math.max(ticker.updatedAt.getTime(), ...entries.map((e) => Date.parse(e.updatedAt)));
  return {
    articleId,
    live: ticker.endedAt === null,
    startedAt: ticker.startedAt.toISOString(),
    endedAt: ticker.endedAt?.toISOString() ?? null,
    summary: ticker.summary,
    pollMs: ticker.pollMs,
    rev: `${newest.toString(36)}.${entries.length}.${ticker.summaryVersion}`,
    entries,
    images: Object.fromEntries(media.map((m) => [m.id, toReaderImage(m)])),
  };
}

/** The reader's ticker of a published article, or null. */
export function getLiveFeed(articleId: string): Promise<LiveFeed | null> {
  return unstable_cache(() => loadFeed(articleId, true), ["live:feed", articleId], { tags: [TAGS.everything, TAGS.ticker(articleId)] })();
}

/** The desk's view of a ticker: every entry with its version, and what this person may do. */
export async function tickerDesk(actor: Actor, articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, headline: true, authorId: true, status: true, slug: true, section: { select: { slug: true } } } });
  if (!article) return null;
  assertCan(actor, "article.view", article);
  const ticker = await db.liveTicker.findUnique({
    where: { articleId },
    include: { entries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, include: { author: { select: { name: true } } } } },
  });
  return {
    article: { id: article.id, headline: article.headline, status: article.status, path: `/${article.section.slug}/${article.slug}` },
    canPost: can(actor, "live.post", article),
    ticker: ticker
      ? {
          live: ticker.endedAt === null,
          summary: ticker.summary,
          summaryVersion: ticker.summaryVersion,
          pollMs: ticker.pollMs,
          entries: ticker.entries.map((e) => ({ id: e.id, version: e.version, at: e.createdAt.toISOString(), keyEvent: e.keyEvent, body: storedBody(e.body), quote: e.quote, quoteBy: e.quoteBy, author: e.author?.name ?? "a former colleague" })),
        }
      : null,
  };
}

export type TickerDesk = NonNullable<Awaited<ReturnType<typeof tickerDesk>>>;
