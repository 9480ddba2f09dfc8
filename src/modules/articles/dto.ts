// The shapes that leave the domain layer. Never Prisma rows: a reader DTO
// carries no email, no draft state and nothing a page does not show.
import type { Article, Section } from "@/generated/prisma/client";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { emptyBody, parseBody, type BodyDoc } from "./body";
import { can } from "../access/policy";
import { allowedTransitions, TRANSITIONS, type TransitionName } from "./workflow";

export function articlePath(sectionSlug: string, slug: string) {
  return `/${sectionSlug}/${slug}`;
}

/** Stored bodies were validated on the way in; this guards against old or hand-edited rows. */
export function storedBody(value: unknown): BodyDoc {
  const check = parseBody(value);
  return check.ok ? check.body : emptyBody();
}

export type EditableArticle = {
  id: string;
  version: number;
  kicker: string;
  headline: string;
  dateline: string;
  seoTitle: string;
  seoDescription: string;
  updateNote: string;
  tagIds: string[];
  /** The byline, in order. */
  authors: { id: string; name: string }[];
  teaser: string;
  body: BodyDoc;
  sectionId: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
  /** The reader URL (live only when published). */
  path: string;
  permissions: { edit: boolean; changeAuthor: boolean };
  /** The status changes this person may make now (the editor shows exactly these buttons). */
  transitions: TransitionName[];
};

/** Which status changes `actor` may make on `a` now: legal in the workflow and allowed by the table. */
export function transitionsFor(actor: Pick<Actor, "id" | "role">, a: { authorId: string; status: ArticleStatus }): TransitionName[] {
  return allowedTransitions(a.status).filter((name) => can(actor, TRANSITIONS[name].permission, a));
}

export function toEditableArticle(
  actor: Actor,
  a: Article & { section: Section; bylines: { user: { id: string; name: string } }[]; tags: { tagId: string }[] },
): EditableArticle {
  return {
    id: a.id,
    version: a.version,
    kicker: a.kicker,
    headline: a.headline,
    dateline: a.dateline,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    updateNote: a.updateNote,
    tagIds: a.tags.map((t) => t.tagId),
    authors: a.bylines.map((b) => b.user),
    teaser: a.teaser,
    body: storedBody(a.body),
    sectionId: a.sectionId,
    slug: a.slug,
    status: a.status,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    scheduledAt: a.scheduledAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    path: articlePath(a.section.slug, a.slug),
    permissions: { edit: can(actor, "article.update", a), changeAuthor: can(actor, "article.changeAuthor", a) },
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
};

export type ReaderArticle = ReaderTeaser & {
  body: BodyDoc;
  sectionSlug: string;
  dateline: string;
  seoTitle: string;
  seoDescription: string;
  /** A correction shown to readers, with its time (= dateModified). */
  correction: { note: string; at: string } | null;
  /** In byline order. */
  authors: { id: string; name: string }[];
  tags: { name: string; slug: string }[];
  updatedAt: string;
};

/** What a reader page needs besides the article row: section, byline, tags. */
export const readerInclude = {
  section: true,
  bylines: { orderBy: { position: "asc" }, include: { user: { select: { id: true, name: true } } } },
  tags: { include: { tag: { select: { name: true, slug: true } } } },
} as const;

type ReaderRow = Article & {
  section: Section;
  bylines: { user: { id: string; name: string } }[];
  tags: { tag: { name: string; slug: string } }[];
};

export function toReaderTeaser(a: Article & { section: Section }): ReaderTeaser {
  return {
    id: a.id,
    kicker: a.kicker,
    headline: a.headline,
    teaser: a.teaser,
    path: articlePath(a.section.slug, a.slug),
    sectionName: a.section.name,
    publishedAt: (a.publishedAt ?? a.updatedAt).toISOString(),
  };
}

export function toReaderArticle(a: ReaderRow): ReaderArticle {
  return {
    ...toReaderTeaser(a),
    body: storedBody(a.body),
    sectionSlug: a.section.slug,
    dateline: a.dateline,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    correction: a.correctedAt && a.updateNote ? { note: a.updateNote, at: a.correctedAt.toISOString() } : null,
    authors: a.bylines.map((b) => b.user),
    tags: a.tags.map((t) => t.tag).sort((x, y) => x.name.localeCompare(y.name, "de")),
    updatedAt: a.updatedAt.toISOString(),
  };
}


export type NewsroomRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  sectionName: string;
  authorName: string;
  updatedAt: string;
  scheduledAt: string | null;
};

export type ReviewNote = { id: string; kind: "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED"; text: string; authorName: string; createdAt: string };
