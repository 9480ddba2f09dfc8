import "server-only";
import { db } from "@/lib/db";
import { berlinInputToUtc, toBerlinInputValue } from "@/lib/dates";
import { articleViewFilter, can } from "../access/policy";
import { listReviewQueue, publishedWhere } from "../articles/queries";
import type { Actor } from "../auth/actor";
import { getHomeFront } from "../fronts/queries";
import { missingLegalPages } from "../pages/queries";

// The newsroom home: the desk's day at a glance. What is live (tickers, the
// Eilmeldung), what leads the home page, what goes out today, what waits for
// review, what went out last, and the person's own drafts. Each list is one
// indexed query with a small `take`, so the page stays fast at 100,000
// articles (bench: "desk"). Everyone signed in sees it; each list holds only
// what the person may open (the permission table's view rule).

const SHOWN = 8;

export type DeskStory = { id: string; headline: string; sectionName: string; at: string | null; authorName: string };
export type DeskTicker = { articleId: string; headline: string; entries: number; lastEntryAt: string | null; published: boolean };
export type DeskReview = DeskStory & { waitingMs: number; submittedBy: string | null; note: string };

export type Desk = {
  breaking: { text: string; href: string; endsAt: string | null } | null;
  tickers: DeskTicker[];
  front: { lead: { id: string; headline: string; path: string } | null; top: { id: string; headline: string; path: string }[] };
  scheduledToday: DeskStory[];
  review: { items: DeskReview[]; total: number } | null;
  recentlyPublished: DeskStory[];
  myDrafts: DeskStory[];
  firstSteps: { legalPages: { slug: string; title: string; id: string | null }[]; inviteColleagues: boolean; writeFirstArticle: boolean };
};

const storySelect = { id: true, headline: true, section: { select: { name: true } }, author: { select: { name: true } } } as const;
type StoryRow = { id: string; headline: string; section: { name: string }; author: { name: string } };
const story = (r: StoryRow, at: Date | null): DeskStory => ({ id: r.id, headline: r.headline, sectionName: r.section.name, authorName: r.author.name, at: at?.toISOString() ?? null });

/** The end of today in Berlin, as an instant. */
function endOfBerlinDay(now: Date): Date {
  const today = toBerlinInputValue(now).slice(0, 10);
  return berlinInputToUtc(`${today}T23:59:59`) ?? new Date(now.getTime() + 24 * 3600_000);
}

export async function deskOverview(actor: Actor, now = new Date()): Promise<Desk> {
  const mayOpen = articleViewFilter(actor);
  const [breaking, tickers, home, scheduled, review, published, drafts, legalPages, people, mine] = await Promise.all([
    db.breakingNews.findFirst({ where: { endedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: now } }] }, orderBy: { createdAt: "desc" }, select: { text: true, href: true, endsAt: true } }),
    db.liveTicker.findMany({
      where: { endedAt: null, article: { ...mayOpen, status: { not: "TRASHED" } } },
      orderBy: { updatedAt: "desc" },
      take: SHOWN,
      select: { articleId: true, article: { select: { headline: true, status: true } }, _count: { select: { entries: true } }, entries: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
    }),
    getHomeFront(now.getTime()),
    db.article.findMany({
      where: { ...mayOpen, status: "SCHEDULED", scheduledAt: { lte: endOfBerlinDay(now) } },
      orderBy: { scheduledAt: "asc" },
      take: SHOWN,
      select: { ...storySelect, scheduledAt: true },
    }),
    can(actor, "review.queue") ? listReviewQueue(actor) : Promise.resolve(null),
    db.article.findMany({ where: publishedWhere(), orderBy: { publishedAt: "desc" }, take: SHOWN, select: { ...storySelect, publishedAt: true } }),
    db.article.findMany({ where: { authorId: actor.id, status: "DRAFT" }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: SHOWN, select: { ...storySelect, updatedAt: true } }),
    missingLegalPages(),
    can(actor, "user.manage") ? db.user.count({ where: { passwordHash: { not: null } } }) : Promise.resolve(2),
    db.article.count({ where: { authorId: actor.id } }),
  ]);
  const teaser = (t: { id: string; headline: string; path: string } | null) => (t ? { id: t.id, headline: t.headline, path: t.path } : null);
  return {
    breaking: breaking ? { text: breaking.text, href: breaking.href, endsAt: breaking.endsAt?.toISOString() ?? null } : null,
    tickers: tickers.map((t) => ({ articleId: t.articleId, headline: t.article.headline, entries: t._count.entries, lastEntryAt: t.entries[0]?.createdAt.toISOString() ?? null, published: t.article.status === "PUBLISHED" })),
    front: { lead: teaser(home.lead), top: home.top.map((t) => teaser(t)!) },
    scheduledToday: scheduled.map((r) => story(r, r.scheduledAt)),
    review: review
      ? {
          total: review.length,
          items: review.slice(0, SHOWN).map((r) => ({ id: r.id, headline: r.headline, sectionName: r.sectionName, authorName: r.authorName, at: r.submittedAt, waitingMs: r.waitingMs, submittedBy: r.submittedBy, note: r.note })),
        }
      : null,
    recentlyPublished: published.map((r) => story(r, r.publishedAt)),
    myDrafts: drafts.map((r) => story(r, r.updatedAt)),
    firstSteps: { legalPages, inviteColleagues: people < 2, writeFirstArticle: mine === 0 },
  };
}
