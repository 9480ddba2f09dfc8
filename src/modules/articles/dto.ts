// The shapes that leave the domain layer. Never Prisma rows: a reader DTO
// carries no email, no draft state and nothing a page does not show.
import type { Article, MediaAsset, Section } from "@/generated/prisma/client";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { bodyImageIds, emptyBody, parseBody, type BodyDoc } from "./body";
import { toReaderImage, type ReaderImage } from "../media/dto";
import { toLeadImageSummary, type LeadImageSummary } from "../media/summary";
import { can } from "../access/policy";
import { allowedTransitions, TRANSITIONS, type TransitionName } from "./workflow";
import { workingCopyOf } from "./schema";

/** An author page's address: by name, or by id for someone without an address yet (it redirects once they have one). */
export function authorPath(user: { id: string; slug: string | null }) {
  return `/autor/${user.slug ?? user.id}`;
}

export function articlePath(sectionSlug: string, slug: string) {
  return `/${sectionSlug}/${slug}`;
}

/** Stored bodies were validated on the way in; this guards against old or hand-edited rows. */
export function storedBody(value: unknown): BodyDoc {
  const check = parseBody(value);
  return check.ok ? check.body : emptyBody();
}

export type { LeadImageSummary };

export type EditableArticle = {
  id: string;
  version: number;
  kicker: string;
  headline: string;
  dateline: string;
  credit: string;
  seoTitle: string;
  seoDescription: string;
  updateNote: string;
  tagIds: string[];
  /** "Mehr zum Thema": the articles the editor picked, in order. */
  relatedIds: string[];
  /** The byline, in order. */
  authors: { id: string; name: string }[];
  teaser: string;
  body: BodyDoc;
  leadImageId: string | null;
  /** What the lead image field shows. */
  leadImage: LeadImageSummary | null;
  sectionId: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** When it went to the trash (status TRASHED). */
  trashedAt: string | null;
  updatedAt: string;
  /** The reader URL (live only when published). */
  path: string;
  permissions: { edit: boolean; changeAuthor: boolean };
  /**
   * A published article's changes that readers do not see yet (the fields
   * above are the working copy's then): since when, by whom, and whether they
   * wait in the review queue. Null: the fields are the live text.
   */
  workingCopy: { at: string; byName: string | null; inReview: boolean } | null;
  /** The status changes this person may make now (the editor shows exactly these buttons). */
  transitions: TransitionName[];
};

/**
 * Which status changes `actor` may make on `a` now: legal in the workflow and
 * allowed by the table. A live article with a working copy also goes through
 * review (submit, then withdraw or request changes) as a draft does.
 */
export function transitionsFor(actor: Pick<Actor, "id" | "role">, a: { authorId: string; status: ArticleStatus; workingCopy?: unknown; workingCopyInReview?: boolean }): TransitionName[] {
  const review: TransitionName[] =
    a.status === "PUBLISHED" && a.workingCopy !== null && a.workingCopy !== undefined ? (a.workingCopyInReview ? ["withdraw", "requestChanges"] : ["submit"]) : [];
  return [...allowedTransitions(a.status), ...review].filter((name) => can(actor, TRANSITIONS[name].permission, a));
}

export function toEditableArticle(
  actor: Actor,
  a: Article & {
    section: Section;
    bylines: { user: { id: string; name: string } }[];
    tags: { tagId: string }[];
    leadImage: MediaAsset | null;
    related: { relatedId: string }[];
    workingLeadImage?: MediaAsset | null;
  },
  /** Who wrote the working copy, when it is not the viewer (looked up by the page). */
  workingCopyByName?: string | null,
): EditableArticle {
  const copy = workingCopyOf(a);
  const leadImage = copy ? (copy.leadImageId === a.leadImageId ? a.leadImage : (a.workingLeadImage ?? null)) : a.leadImage;
  const fields = copy ?? {
    kicker: a.kicker,
    headline: a.headline,
    dateline: a.dateline,
    credit: a.credit,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    updateNote: a.updateNote,
    tagIds: a.tags.map((t) => t.tagId),
    relatedIds: a.related.map((r) => r.relatedId),
    teaser: a.teaser,
    body: storedBody(a.body),
    sectionId: a.sectionId,
    slug: a.slug,
  };
  return {
    id: a.id,
    version: a.version,
    kicker: fields.kicker,
    headline: fields.headline,
    dateline: fields.dateline,
    // A working copy from before credits were kept has none.
    credit: fields.credit ?? "",
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    updateNote: fields.updateNote,
    tagIds: fields.tagIds,
    relatedIds: fields.relatedIds ?? a.related.map((r) => r.relatedId),
    authors: a.bylines.map((b) => b.user),
    teaser: fields.teaser,
    body: fields.body,
    leadImageId: leadImage?.id ?? null,
    leadImage: leadImage ? toLeadImageSummary(leadImage) : null,
    sectionId: fields.sectionId,
    slug: fields.slug,
    status: a.status,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    scheduledAt: a.scheduledAt?.toISOString() ?? null,
    trashedAt: a.trashedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    // The live address (the working copy may name another; it takes effect on "Update").
    path: articlePath(a.section.slug, a.slug),
    permissions: { edit: can(actor, "article.update", a), changeAuthor: can(actor, "article.changeAuthor", a) },
    workingCopy:
      copy && a.workingCopyAt
        ? { at: a.workingCopyAt.toISOString(), byName: a.workingCopyById === actor.id ? actor.name : (workingCopyByName ?? null), inReview: a.workingCopyInReview }
        : null,
    transitions: transitionsFor(actor, a),
  };
}

export type ReaderTeaser = {
  id: string;
  kicker: string;
  headline: string;
  teaser: string;
  path: string;
  sectionName: string;
  publishedAt: string;
  /** The lead image, shown as a 16:9 crop in teasers. */
  image: ReaderImage | null;
  /** A live ticker runs on it (started and not ended): teasers carry a "LIVE" mark. */
  live: boolean;
};

export type ReaderArticle = ReaderTeaser & {
  body: BodyDoc;
  /** The body's library images by id (an image deleted since is missing and skipped). */
  images: Record<string, ReaderImage>;
  sectionSlug: string;
  dateline: string;
  /** Whose copy it is ("dpa"), after the dateline. */
  credit: string;
  seoTitle: string;
  seoDescription: string;
  /** A correction shown to readers, with its time (= dateModified). */
  correction: { note: string; at: string } | null;
  /** In byline order. */
  /** The byline; each links to /autor/<path>. */
  authors: { id: string; name: string; path: string }[];
  tags: { name: string; slug: string }[];
  updatedAt: string;
};

/** What a reader page needs besides the article row: section, byline, tags. */
/** What a teaser needs besides the row (every reader list: fronts, sections, related, authors). */
/** A teaser's rows: its section, lead image, and whether a live ticker runs on it (the "LIVE" mark). */
export const teaserInclude = { section: true, leadImage: true, ticker: { select: { endedAt: true } } } as const;
/** Reader lists' order: newest first, stable among equal times. */
export const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

export const readerInclude = {
  section: true,
  bylines: { orderBy: { position: "asc" }, include: { user: { select: { id: true, name: true, slug: true } } } },
  tags: { include: { tag: { select: { name: true, slug: true } } } },
  leadImage: true,
  media: { include: { media: true } },
  ticker: { select: { endedAt: true } },
} as const;

type ReaderRow = Article & {
  section: Section;
  leadImage: MediaAsset | null;
  media: { media: MediaAsset }[];
  bylines: { user: { id: string; name: string; slug: string | null } }[];
  tags: { tag: { name: string; slug: string } }[];
};

export function toReaderTeaser(a: Article & { section: Section; leadImage: MediaAsset | null; ticker?: { endedAt: Date | null } | null }): ReaderTeaser {
  return {
    id: a.id,
    kicker: a.kicker,
    headline: a.headline,
    teaser: a.teaser,
    path: articlePath(a.section.slug, a.slug),
    sectionName: a.section.name,
    publishedAt: (a.publishedAt ?? a.updatedAt).toISOString(),
    image: a.leadImage ? toReaderImage(a.leadImage) : null,
    live: Boolean(a.ticker && a.ticker.endedAt === null),
  };
}

export function toReaderArticle(a: ReaderRow): ReaderArticle {
  const body = storedBody(a.body);
  const used = new Set(bodyImageIds(body));
  return {
    ...toReaderTeaser(a),
    body,
    images: Object.fromEntries(a.media.filter((m) => used.has(m.media.id)).map((m) => [m.media.id, toReaderImage(m.media)])),
    sectionSlug: a.section.slug,
    dateline: a.dateline,
    credit: a.credit,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    correction: a.correctedAt && a.updateNote ? { note: a.updateNote, at: a.correctedAt.toISOString() } : null,
    authors: a.bylines.map((b) => ({ id: b.user.id, name: b.user.name, path: authorPath(b.user) })),
    tags: a.tags.map((t) => t.tag).sort((x, y) => x.name.localeCompare(y.name, "de")),
    updatedAt: a.updatedAt.toISOString(),
  };
}


export type NewsroomRow = {
  id: string;
  version: number;
  headline: string;
  status: ArticleStatus;
  sectionName: string;
  authorName: string;
  updatedAt: string;
  scheduledAt: string | null;
  trashedAt: string | null;
  /** Changes to a live article waiting for review (its working copy), not a draft. */
  changesToLive: boolean;
};

/** A row of the review queue: the article, who submitted it when, and their note for the desk. */
export type ReviewRow = NewsroomRow & { submittedAt: string; submittedBy: string | null; note: string; waitingMs: number };

export type ReviewNote = { id: string; kind: "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED"; text: string; authorName: string; createdAt: string };
