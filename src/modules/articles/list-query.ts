// The newsroom article list's address: what the filters, sort and page in
// the URL mean. Pure (no database), so the page, the service and the tests
// read a URL the same way. Anything unknown falls back to the default: a
// hand-edited or outdated link shows a list, never an error.
import type { ArticleStatus } from "@/generated/prisma/enums";
import { firstParam as one, idParam as id, oneOfParam as oneOf, type SearchParams } from "@/lib/search-params";

export const LIST_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const satisfies readonly ArticleStatus[];
export const LIST_SORTS = ["updated", "oldest", "headline"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const PAGE_SIZE = 50;
const MAX_QUERY = 200;

export type ListQuery = {
  /** Words in the headline (case-insensitive). */
  q: string;
  status: (typeof LIST_STATUSES)[number] | null;
  sectionId: string | null;
  authorId: string | null;
  mine: boolean;
  sort: ListSort;
  /** Keyset paging: the id of the last row of the previous page, or the first row of the next one. */
  after: string | null;
  before: string | null;
};

export function parseListQuery(params: SearchParams): ListQuery {
  const after = id(params.after);
  return {
    q: one(params.q).slice(0, MAX_QUERY),
    status: oneOf(LIST_STATUSES, params.status),
    sectionId: id(params.section),
    authorId: id(params.author),
    mine: one(params.mine) === "1",
    sort: oneOf(LIST_SORTS, params.sort) ?? "updated",
    after,
    before: after ? null : id(params.before),
  };
}

/** The URL of the list with `query` (defaults left out, so links stay short and shareable). */
export function listHref(query: Partial<ListQuery>, base = "/admin/articles"): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.sectionId) params.set("section", query.sectionId);
  if (query.authorId) params.set("author", query.authorId);
  if (query.mine) params.set("mine", "1");
  if (query.sort && query.sort !== "updated") params.set("sort", query.sort);
  if (query.after) params.set("after", query.after);
  else if (query.before) params.set("before", query.before);
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** True when the list is narrowed by anything (the page then offers "Clear filters"). */
export function isFiltered(query: ListQuery): boolean {
  return !!(query.q || query.status || query.sectionId || query.authorId || query.mine);
}

/**
 * The spellings of `q` to look for where the database only folds ASCII case
 * (SQLite's LIKE): German words often start with an umlaut ("Ärzte"), so the
 * lower-case and the capitalised form are asked for too.
 */
export function caseVariants(q: string): string[] {
  // ASCII only: LIKE folds case itself, one pattern is enough (and one pass over the headlines).
  if (/^[\x00-\x7F]*$/.test(q)) return [q];
  const lower = q.toLocaleLowerCase("de-DE");
  const capital = lower.charAt(0).toLocaleUpperCase("de-DE") + lower.slice(1);
  return [...new Set([q, lower, capital])];
}
