import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import { TAGS } from "../articles/cache-tags";
import { publishedWhere } from "../articles/queries";
import type { Actor } from "../auth/actor";

export type BreakingNewsItem = { id: string; text: string; href: string; endsAt: string | null };

/** The newest banner nobody ended; cached until the next change (its end time is checked on every answer). */
const newestRunning = unstable_cache(
  async (): Promise<BreakingNewsItem | null> => {
    const item = await db.breakingNews.findFirst({ where: { endedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true, text: true, href: true, endsAt: true } });
    return item ? { ...item, endsAt: item.endsAt?.toISOString() ?? null } : null;
  },
  ["breaking:current"],
  { tags: [TAGS.everything, TAGS.breaking] },
);

/** What readers see now: the running banner, unless its end time has come. */
export async function currentBreakingNews(now = Date.now()): Promise<BreakingNewsItem | null> {
  const item = await newestRunning();
  if (!item || (item.endsAt && Date.parse(item.endsAt) <= now)) return null;
  return item;
}

export type BreakingNewsRow = BreakingNewsItem & { createdAt: Date; endedAt: Date | null; createdBy: string };

/** The newsroom's view: the latest banners, newest first, with who set them, and the one running now. */
export async function breakingNewsDesk(actor: Actor, now = Date.now()) {
  const history = await listBreakingNews(actor);
  const running = history.find((i) => i.endedAt === null && (!i.endsAt || Date.parse(i.endsAt) > now)) ?? null;
  return { running, history };
}

async function listBreakingNews(actor: Actor, take = 10): Promise<BreakingNewsRow[]> {
  assertCan(actor, "breaking.manage");
  const rows = await db.breakingNews.findMany({ orderBy: { createdAt: "desc" }, take });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r) => ({ id: r.id, text: r.text, href: r.href, endsAt: r.endsAt?.toISOString() ?? null, createdAt: r.createdAt, endedAt: r.endedAt, createdBy: names.get(r.createdById) ?? "a former colleague" }));
}

/** Published articles a banner may link to, newest first. */
export async function linkableArticles(actor: Actor, take = 40) {
  assertCan(actor, "breaking.manage");
  return db.article.findMany({ where: publishedWhere(), orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take, select: { id: true, headline: true } });
}
