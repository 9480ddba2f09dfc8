// The article form's fields: what it edits and sends, and how they start.
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import type { EditableArticle } from "@/modules/articles/dto";
import type { LeadImageSummary } from "@/modules/media/summary";

export type Fields = {
  kicker: string;
  headline: string;
  dateline: string;
  credit: string;
  teaser: string;
  sectionId: string;
  slug: string;
  tagIds: string[];
  /** "Mehr zum Thema": picked articles, in order. */
  relatedIds: string[];
  body: BodyDoc;
  seoTitle: string;
  seoDescription: string;
  updateNote: string;
  leadImageId: string | null;
  /** What the lead image field shows (not sent: the server reads leadImageId). */
  leadImage: LeadImageSummary | null;
};

/** The fields of a loaded article, or of a new one (in the section the person wrote for last, if any). */
export function fieldsOf(article: EditableArticle | null, newSectionId = ""): Fields {
  if (!article) {
    return { kicker: "", headline: "", dateline: "", credit: "", teaser: "", sectionId: newSectionId, slug: "", tagIds: [], relatedIds: [], body: emptyBody(), seoTitle: "", seoDescription: "", updateNote: "", leadImageId: null, leadImage: null };
  }
  const { kicker, headline, dateline, credit, teaser, sectionId, slug, tagIds, relatedIds, body, seoTitle, seoDescription, updateNote, leadImageId, leadImage } = article;
  return { kicker, headline, dateline, credit, teaser, sectionId, slug, tagIds, relatedIds, body, seoTitle, seoDescription, updateNote, leadImageId, leadImage };
}

/** Nothing typed yet (a pasted whole article may then fill the form). */
export const isEmpty = (f: Fields) => !f.headline && !f.teaser && !f.kicker && f.body.content.every((b) => b.type === "paragraph" && !b.content?.length);
