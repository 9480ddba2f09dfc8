// The shapes of a live ticker that leave the domain layer (reader pages, the feed, JSON-LD).
import type { BodyDoc } from "../articles/body";
import type { ReaderImage } from "../media/dto";

export type LiveEntryView = {
  id: string;
  at: string;
  updatedAt: string;
  keyEvent: boolean;
  body: BodyDoc;
  text: string;
  quote: string;
  quoteBy: string;
  author: string;
};

export type LiveFeed = {
  articleId: string;
  live: boolean;
  startedAt: string;
  endedAt: string | null;
  summary: string;
  pollMs: number;
  /** Changes with every entry, edit, delete and summary: readers' pages compare it with what they show. */
  rev: string;
  entries: LiveEntryView[];
  images: Record<string, ReaderImage>;
};
