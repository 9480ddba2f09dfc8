import "server-only";
import { msg } from "@/i18n/message";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { containsText, db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { articleViewFilter } from "../access/policy";
import type { Actor } from "../auth/actor";
import { MEDIA_ID } from "../articles/body";
import { mediaItemInclude, toMediaItem, type MediaItem } from "./dto";

// The newsroom's view of the library: every signed-in person may browse and
// pick any image (the library is shared), so these need an actor, not a permission.

export const LIBRARY_PAGE_SIZE = 48;
/** The library's filters; the newsroom names them (media.filter.* in the catalogues). */
export const LIBRARY_FILTERS = ["all", "missing-alt", "unused", "mine"] as const;
export type LibraryFilter = (typeof LIBRARY_FILTERS)[number];


function whereFor(actor: Actor, query: string, filter: LibraryFilter): Prisma.MediaAssetWhereInput {
  const terms = query.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    AND: [
      ...terms.map((t) => ({ OR: [{ alt: containsText(t) }, { caption: containsText(t) }, { credit: containsText(t) }, { fileName: containsText(t) }] })),
      filter === "missing-alt" ? { alt: "" } : {},
      filter === "unused" ? { usages: { none: {} } } : {},
      filter === "mine" ? { uploadedById: actor.id } : {},
    ],
  };
}

export async function listLibrary(actor: Actor, options: { query?: string; filter?: string; page?: number } = {}) {
  const filter: LibraryFilter = (LIBRARY_FILTERS as readonly string[]).includes(options.filter ?? "") ? (options.filter as LibraryFilter) : "all";
  const page = Number.isInteger(options.page) && options.page! > 0 ? options.page! : 1;
  const where = whereFor(actor, options.query ?? "", filter);
  const [total, rows] = await Promise.all([
    db.mediaAsset.count({ where }),
    db.mediaAsset.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * LIBRARY_PAGE_SIZE, take: LIBRARY_PAGE_SIZE, include: mediaItemInclude }),
  ]);
  return { items: rows.map((r) => toMediaItem(actor, r)), total, page, pages: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)), filter };
}

export type ImageUsage = { id: string; headline: string; status: ArticleStatus; lead: boolean };
/** Where an image is used: the articles this person may see by name, the others only counted. */
export type ImageUsages = { named: ImageUsage[]; others: number; total: number };

export async function getImage(actor: Actor, id: string): Promise<{ media: MediaItem; usages: ImageUsages }> {
  const row = MEDIA_ID.test(id) ? await db.mediaAsset.findUnique({ where: { id }, include: mediaItemInclude }) : null;
  if (!row) throw new NotFoundError(msg("media.errors.gone"));
  const usedHere = { media: { some: { mediaId: id } } };
  const [articles, total] = await Promise.all([
    db.article.findMany({
      // The permission table's filter: a contributor learns nothing about colleagues' drafts here.
      where: { AND: [usedHere, articleViewFilter(actor)] },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { id: true, headline: true, status: true, leadImageId: true },
    }),
    db.article.count({ where: usedHere }),
  ]);
  return {
    media: toMediaItem(actor, row),
    usages: {
      named: articles.map((a) => ({ id: a.id, headline: a.headline, status: a.status, lead: a.leadImageId === id })),
      others: total - articles.length,
      total,
    },
  };
}
