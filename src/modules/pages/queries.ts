import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import { bodyImageIds, type BodyDoc } from "../articles/body";
import { storedBody } from "../articles/dto";
import { TAGS } from "../articles/cache-tags";
import type { Actor } from "../auth/actor";
import { toReaderImage, type ReaderImage } from "../media/dto";
import { LEGAL_DRAFTS, LEGAL_PAGES, placeholdersIn } from "./legal";

// Reader queries read published pages only (status in `where`), cached under
// the pages' tags; the newsroom's read everything, after the permission check.

const PUBLISHED = { status: "PUBLISHED" } as const;
const building = () => process.env.NEXT_PHASE === "phase-production-build";


export type ReaderPage = { slug: string; title: string; body: BodyDoc; images: Record<string, ReaderImage>; updatedAt: string };

/** A published page by its address, or null. */
export function getPublishedPage(slug: string): Promise<ReaderPage | null> {
  return unstable_cache(
    async () => {
      const page = await db.page.findFirst({ where: { ...PUBLISHED, slug } });
      if (!page) return null;
      const body = storedBody(page.body);
      const ids = bodyImageIds(body);
      const media = ids.length ? await db.mediaAsset.findMany({ where: { id: { in: ids } } }) : [];
      return { slug: page.slug, title: page.title, body, images: Object.fromEntries(media.map((m) => [m.id, toReaderImage(m)])), updatedAt: page.updatedAt.toISOString() };
    },
    ["site:page", slug],
    { tags: [TAGS.everything, TAGS.pages, TAGS.page(slug)] },
  )();
}

const cachedFooterPages = unstable_cache(
  async () =>
    db.page.findMany({ where: { ...PUBLISHED, inFooter: true }, orderBy: [{ footerOrder: "asc" }, { title: "asc" }], select: { slug: true, title: true } }),
  ["site:footer-pages"],
  { tags: [TAGS.everything, TAGS.pages] },
);

/** The pages the footer of every reader page links, in the desk's order (none while `next build` runs: no database then). */
export async function footerPages(): Promise<{ slug: string; title: string }[]> {
  if (building()) return [];
  return cachedFooterPages();
}

export type PageRow = { id: string; slug: string; title: string; status: "DRAFT" | "PUBLISHED"; inFooter: boolean; updatedAt: string; placeholders: number };

/** The newsroom's list of pages, footer pages first in their order. */
export async function listPages(actor: Actor): Promise<PageRow[]> {
  assertCan(actor, "page.manage");
  const pages = await db.page.findMany({ orderBy: [{ inFooter: "desc" }, { footerOrder: "asc" }, { title: "asc" }] });
  return pages.map((p) => ({
    id: p.id,
    slug: p.slug,
    title: p.title,
    status: p.status,
    inFooter: p.inFooter,
    updatedAt: p.updatedAt.toISOString(),
    placeholders: placeholdersIn(p.title, storedBody(p.body)).length,
  }));
}

export type PageRevisionRow = { version: number; title: string; slug: string; body: BodyDoc; status: "DRAFT" | "PUBLISHED"; authorName: string; createdAt: string };
export type EditablePage = { id: string; slug: string; title: string; body: BodyDoc; status: "DRAFT" | "PUBLISHED"; inFooter: boolean; footerOrder: number; version: number; updatedAt: string; revisions: PageRevisionRow[] };

/** One page for its editor, with its latest revisions (newest first). */
export async function getPageForEditor(actor: Actor, id: string): Promise<EditablePage | null> {
  assertCan(actor, "page.manage");
  const page = await db.page.findUnique({ where: { id }, include: { revisions: { orderBy: { version: "desc" }, take: 20 } } });
  if (!page) return null;
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    body: storedBody(page.body),
    status: page.status,
    inFooter: page.inFooter,
    footerOrder: page.footerOrder,
    version: page.version,
    updatedAt: page.updatedAt.toISOString(),
    revisions: page.revisions.map((r) => ({ version: r.version, title: r.title, slug: r.slug, body: storedBody(r.body), status: r.status, authorName: r.authorName, createdAt: r.createdAt.toISOString() })),
  };
}

/**
 * The legal pages a German site must link from every page (§ 5 DDG, Art. 13
 * DSGVO) that are not published and in the footer yet: what the newsroom home
 * tells the desk first. Anyone signed in may see it.
 */
export async function missingLegalPages(): Promise<{ slug: string; title: string; id: string | null }[]> {
  const pages = await db.page.findMany({ where: { slug: { in: LEGAL_PAGES.map((l) => l.slug) } }, select: { id: true, slug: true, status: true, inFooter: true } });
  return LEGAL_PAGES.filter((legal) => {
    const page = pages.find((p) => p.slug === legal.slug);
    return !page || page.status !== "PUBLISHED" || !page.inFooter;
  }).map((legal) => ({ slug: legal.slug, title: legal.title, id: pages.find((p) => p.slug === legal.slug)?.id ?? null }));
}

/**
 * What a new page starts from: empty, or a legal page's draft with its
 * placeholders (`?vorlage=impressum`). Only people who write pages get it.
 */
export async function newPageTemplate(actor: Actor, vorlage: string | undefined): Promise<{ title: string; slug: string; body: BodyDoc } | null> {
  assertCan(actor, "page.manage");
  const legal = LEGAL_PAGES.find((l) => l.slug === vorlage);
  return legal ? { title: legal.title, slug: legal.slug, body: LEGAL_DRAFTS[legal.slug]() } : null;
}
