import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { TAGS } from "../articles/cache-tags";
import { newestFirst, type ReaderTeaser, teaserInclude, toReaderTeaser } from "../articles/dto";
import { publishedWhere } from "../articles/queries";
import { assertCan } from "../access/policy";
import type { Actor } from "../auth/actor";
import { orderBlocks, resolveLayout, type Placed } from "./resolve";
import { findFront, allFronts } from "./where";
import { HOME, SLOT_COUNT, sectionFrontKey, storedBlocks, storedLayout, type Block, type Layout } from "./schema";

// What readers see of a front. The cached part is the published layout and
// the articles that may fill it (tagged with the lists and the front's own
// tag); which article stands where is resolved per request, so a pin that
// runs out shows at once (and the scheduler expires the front at that moment).

export type FrontTeaser = Placed<ReaderTeaser>;

/** Per section block on the home page. */
const BLOCK_SIZE = 4;
/** "Neueste Artikel" on the home page: the newest the curated top does not show. */
const LATEST_SIZE = 6;

type FrontData = { layout: Layout; blocks: Block[] | null; placed: ReaderTeaser[]; newest: ReaderTeaser[] };

async function loadFront(key: string, count: number, sectionId: string | null): Promise<FrontData> {
  const row = await db.front.findUnique({ where: { key }, select: { published: true } });
  const layout = storedLayout(row?.published ?? null, count);
  const ids = layout.flatMap((s) => (s ? [s.articleId] : []));
  const [placed, newest] = await Promise.all([
    ids.length > 0 ? db.article.findMany({ where: { ...publishedWhere(), id: { in: ids } }, include: teaserInclude }) : [],
    // Enough to fill every slot even when all placed articles are among the newest (and the home page's latest list).
    db.article.findMany({ where: { ...publishedWhere(), ...(sectionId ? { sectionId } : {}) }, orderBy: newestFirst, take: count * 2 + (sectionId ? 0 : LATEST_SIZE), include: teaserInclude }),
  ]);
  return { layout, blocks: storedBlocks(row?.published ?? null), placed: placed.map(toReaderTeaser), newest: newest.map(toReaderTeaser) };
}

function resolve(data: FrontData, now: number) {
  return resolveLayout(data.layout, new Map(data.placed.map((t) => [t.id, t])), data.newest, now);
}

const homeData = unstable_cache(
  async () => {
    const front = await loadFront(HOME, SLOT_COUNT.home, null);
    return { front, blocks: await blockCandidates(front.blocks) };
  },
  ["front:home"],
  { tags: [TAGS.everything, TAGS.publishedList, TAGS.front("/")] },
);

type BlockCandidates = { name: string; slug: string; candidates: ReaderTeaser[] };

/** The section blocks in the desk's order, each with enough candidates left after the top of the page took its share. */
async function blockCandidates(blocks: Block[] | null): Promise<BlockCandidates[]> {
  const sections = orderBlocks(await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }), blocks);
  return Promise.all(
    sections.map(async (s) => ({
      name: s.name,
      slug: s.slug,
      candidates: (
        await db.article.findMany({ where: { ...publishedWhere(), sectionId: s.id }, orderBy: newestFirst, take: BLOCK_SIZE + SLOT_COUNT.home + LATEST_SIZE, include: teaserInclude })
      ).map(toReaderTeaser),
    })),
  );
}

/** Below the top: the newest the top does not show, then a block per section with what is not shown above. */
function homeBelowTop(newest: ReaderTeaser[], blocks: BlockCandidates[], shown: Set<string>) {
  const latest = newest.filter((t) => !shown.has(t.id)).slice(0, LATEST_SIZE);
  for (const t of latest) shown.add(t.id);
  const sections = blocks
    .map((b) => ({ name: b.name, slug: b.slug, teasers: b.candidates.filter((t) => !shown.has(t.id)).slice(0, BLOCK_SIZE) }))
    .filter((b) => b.teasers.length > 0);
  return { latest, sections };
}

export type HomeSection = ReturnType<typeof homeBelowTop>["sections"][number];

/** The home page: lead, top stories, the newest of the rest, then the section blocks. */
export async function getHomeFront(now = Date.now()) {
  const { front, blocks } = await homeData();
  const { slots, shown } = resolve(front, now);
  return { lead: slots[0] ?? null, top: slots.slice(1), ...homeBelowTop(front.newest, blocks, shown) };
}

/** A section front's lead and top stories (its first page lists the rest). */
export function getSectionFront(sectionSlug: string, now = Date.now()) {
  return unstable_cache(
    async () => {
      const section = await db.section.findUnique({ where: { slug: sectionSlug }, select: { id: true } });
      return section ? loadFront(sectionFrontKey(section.id), SLOT_COUNT.section, section.id) : null;
    },
    ["front:section", sectionSlug],
    { tags: [TAGS.everything, TAGS.publishedList, TAGS.front(`/${sectionSlug}`)] },
  )().then((data) => (data ? resolve(data, now) : null));
}

// ---- The desk -------------------------------------------------------------

export type DeskSlot = { articleId: string; until: string | null; headline: string; teaser: string; image: string; article: { headline: string; status: string; path: string } | null } | null;

/** One front as the desk arranges it: the draft, what readers see, what is scheduled, the revisions. */
export async function frontDesk(actor: Actor, ref: string) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  const row = await db.front.findUnique({ where: { key: front.key } });
  const draft = storedLayout(row?.draft ?? null, front.count);
  const blocks = front.key === HOME ? await deskBlocks(storedBlocks(row?.draft ?? null)) : null;
  const scheduled = row?.scheduledAt ? storedLayout(row.scheduled, front.count) : null;
  const [revisions, candidates] = await Promise.all([
    db.frontRevision.findMany({ where: { frontKey: front.key }, orderBy: { number: "desc" }, take: 20 }),
    db.article.findMany({
      where: { status: { in: ["PUBLISHED", "SCHEDULED"] }, ...(front.sectionId ? { sectionId: front.sectionId } : {}) },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { scheduledAt: "desc" }, { id: "desc" }],
      take: 60,
      select: { id: true, headline: true, status: true, slug: true, publishedAt: true, scheduledAt: true, section: { select: { slug: true, name: true } } },
    }),
  ]);
  // Articles the layouts name that the candidate list may not hold (older, other sections).
  const named = [...draft, ...(scheduled ?? [])].flatMap((s) => (s ? [s.articleId] : []));
  const missing = named.filter((id) => !candidates.some((c) => c.id === id));
  const extra = missing.length
    ? await db.article.findMany({ where: { id: { in: missing } }, select: { id: true, headline: true, status: true, slug: true, publishedAt: true, scheduledAt: true, section: { select: { slug: true, name: true } } } })
    : [];
  const articles = [...candidates, ...extra].map((a) => ({
    id: a.id,
    headline: a.headline,
    status: a.status,
    path: `/${a.section.slug}/${a.slug}`,
    sectionName: a.section.name,
    at: (a.publishedAt ?? a.scheduledAt)?.toISOString() ?? null,
  }));
  const people = await db.user.findMany({ where: { id: { in: [...new Set([row?.updatedById, ...revisions.map((r) => r.byId)].filter((v): v is string => !!v))] } }, select: { id: true, name: true } });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    front: { ref: front.ref, name: front.name, path: front.path, count: front.count },
    version: row?.version ?? 0,
    draft,
    blocks,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    scheduledAt: row?.scheduledAt?.toISOString() ?? null,
    scheduled,
    updatedBy: row?.updatedById ? (names.get(row.updatedById) ?? null) : null,
    revisions: revisions.map((r) => ({ id: r.id, number: r.number, kind: r.kind, at: r.createdAt.toISOString(), by: r.byId ? (names.get(r.byId) ?? null) : null, byScheduler: !r.byId, slots: storedLayout(r.slots, front.count) })),
    articles,
  };
}

export type FrontDesk = Awaited<ReturnType<typeof frontDesk>>;

/** Every section as a home-page block, in the draft's order, with whether it is shown. */
async function deskBlocks(blocks: Block[] | null) {
  const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
  const hidden = new Set((blocks ?? []).filter((b) => b.hidden).map((b) => b.sectionId));
  const order = orderBlocks(sections, blocks?.map((b) => ({ ...b, hidden: false })) ?? null);
  return order.map((s) => ({ sectionId: s.id, name: s.name, hidden: hidden.has(s.id) }));
}

/** The list of fronts for the desk, with when each was last published and what is scheduled. */
export async function frontsOverview(actor: Actor) {
  assertCan(actor, "front.manage");
  const fronts = await allFronts();
  const rows = await db.front.findMany({ select: { key: true, publishedAt: true, scheduledAt: true } });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return fronts.map((f) => ({ ref: f.ref, name: f.name, path: f.path, publishedAt: byKey.get(f.key)?.publishedAt?.toISOString() ?? null, scheduledAt: byKey.get(f.key)?.scheduledAt?.toISOString() ?? null }));
}

/** The draft as readers would see it now, for the preview page: unpublished and scheduled articles included, marked. */
export async function previewFront(actor: Actor, ref: string, now = Date.now()) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  const row = await db.front.findUnique({ where: { key: front.key }, select: { draft: true } });
  const layout = storedLayout(row?.draft ?? null, front.count);
  const isHome = front.key === HOME;
  const ids = layout.flatMap((s) => (s ? [s.articleId] : []));
  const [placed, newest] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids }, status: { in: ["PUBLISHED", "SCHEDULED"] } }, include: teaserInclude }),
    db.article.findMany({ where: { ...publishedWhere(), ...(front.sectionId ? { sectionId: front.sectionId } : {}) }, orderBy: newestFirst, take: front.count * 2 + (isHome ? LATEST_SIZE : 0), include: teaserInclude }),
  ]);
  const newestTeasers = newest.map(toReaderTeaser);
  const { slots, shown } = resolveLayout(layout, new Map(placed.map((a) => [a.id, toReaderTeaser(a)])), newestTeasers, now);
  const below = isHome ? homeBelowTop(newestTeasers, await blockCandidates(storedBlocks(row?.draft ?? null)), shown) : { latest: [], sections: [] };
  return { front: { name: front.name, path: front.path, ref: front.ref }, lead: slots[0] ?? null, top: slots.slice(1), ...below };
}
