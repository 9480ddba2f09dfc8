// The pre-publish check: what is missing or doubtful before an article goes
// out. Errors block publishing and scheduling (the server refuses them too,
// through checkPublishable); warnings are shown and may be ignored on
// deadline. Pure: the editor runs it on every keystroke, the tests without a
// database.
import type { MessageKey } from "@/i18n/message";
import type { BodyDoc } from "./body";
import { splitDateline } from "./paste";

/** A teaser headline on the fronts shows about this many characters before it is cut. */
export const TEASER_HEADLINE_FITS = 90;

export type CheckField = "headline" | "teaser" | "sectionId" | "leadImage" | "tags" | "body";
export type CheckItem = { field: CheckField; level: "error" | "warning"; message: MessageKey; values?: Record<string, string | number> };

export type Checkable = {
  headline: string;
  teaser: string;
  sectionId: string;
  tagIds: readonly string[];
  leadImage: { alt: string } | null;
  /** True when the body has no text at all. */
  bodyEmpty: boolean;
  /** The body's first paragraph (does it still open with a dateline?). */
  bodyStart?: string;
};

const words = (s: string) =>
  s
    .toLocaleLowerCase("de-DE")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function prepublishCheck(a: Checkable): CheckItem[] {
  const items: CheckItem[] = [];
  const error = (field: CheckField, message: MessageKey, values?: CheckItem["values"]) => items.push({ field, level: "error", message, values });
  const warning = (field: CheckField, message: MessageKey, values?: CheckItem["values"]) => items.push({ field, level: "warning", message, values });

  if (!a.headline.trim()) error("headline", "articles.check.noHeadline");
  else if (a.headline.trim().length > TEASER_HEADLINE_FITS) warning("headline", "articles.check.headlineLong", { length: a.headline.trim().length, fits: TEASER_HEADLINE_FITS });
  if (!a.teaser.trim()) error("teaser", "articles.check.noTeaser");
  else if (a.headline.trim() && words(a.teaser).startsWith(words(a.headline))) warning("teaser", "articles.check.teaserRepeats");
  if (!a.sectionId) error("sectionId", "articles.check.noSection");
  if (a.bodyEmpty) warning("body", "articles.check.noBody");
  const opening = a.bodyStart ? splitDateline(a.bodyStart) : null;
  if (opening) warning("body", "articles.check.datelineInBody", { start: a.bodyStart!.slice(0, a.bodyStart!.length - opening.rest.length).trim() });
  if (!a.leadImage) warning("leadImage", "articles.check.noLeadImage");
  else if (!a.leadImage.alt.trim()) warning("leadImage", "articles.check.noAlt");
  if (a.tagIds.length === 0) warning("tags", "articles.check.noTags");
  return items;
}

export const blocksPublishing = (items: CheckItem[]) => items.some((i) => i.level === "error");

/** The text of a body's first paragraph, where agency copy keeps its dateline. */
export function openingText(body: BodyDoc): string {
  const first = body.content.find((b) => b.type === "paragraph");
  return first && first.type === "paragraph" ? (first.content ?? []).map((n) => (n.type === "text" ? n.text : " ")).join("") : "";
}
