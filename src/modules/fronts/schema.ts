import { z } from "zod";
import { msg } from "@/i18n/message";
import { isStorableDateTime } from "@/lib/dates";
import { singleLine } from "@/lib/validation";

// A front's layout: a fixed number of slots in reading order (slot 0 is the
// lead, "Aufmacher"; then the row of top stories). An empty slot (null) is
// filled automatically, newest first. A slot may carry its own teaser for this
// front; the article keeps its own.

export const HOME = "home";
/** Lead + six top stories on the home page, lead + four on a section front. */
export const SLOT_COUNT = { home: 7, section: 5 } as const;

export const SLOT_IMAGES = ["auto", "wide", "square", "none"] as const;
export type SlotImage = (typeof SLOT_IMAGES)[number];

export type Slot = {
  articleId: string;
  /** ISO time the article leaves the slot by itself ("pinned until 18:00"); null: until someone removes it. */
  until: string | null;
  /** Front-page headline and teaser; "" keeps the article's own. */
  headline: string;
  teaser: string;
  /** The crop the teaser uses here: auto (the layout's choice), wide 16:9, square 1:1, or no picture. */
  image: SlotImage;
};

export type Layout = (Slot | null)[];

/** A section block on the home page: which section, and whether it is shown. */
export type Block = { sectionId: string; hidden: boolean };

/**
 * A front as stored (draft, published, scheduled, each revision): the slots
 * and, on the home page, the order of the section blocks below them (null:
 * the sections' own order, all shown). Layouts from before blocks were a bare
 * list of slots; they read as blocks: null.
 */
export type Arrangement = { slots: Layout; blocks: Block[] | null };

export const HEADLINE_MAX = 140;
export const TEASER_MAX = 400;

const slotInput = z.object({
  articleId: z.string().trim().min(1, msg("fronts.errors.pickArticle")).max(64),
  until: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || isStorableDateTime(v), msg("fronts.errors.untilInvalid")),
  headline: singleLine(msg("fronts.errors.headlineField"), HEADLINE_MAX).optional().default(""),
  // One paragraph on the front: through the one normaliser, as a line (no direction overrides, no control characters).
  teaser: singleLine(msg("fronts.errors.teaserField"), TEASER_MAX).optional().default(""),
  image: z.enum(SLOT_IMAGES, { message: msg("fronts.errors.image") }).optional().default("auto"),
});

/** What the desk sends: one entry per slot, null for an automatic one. */
export function layoutInput(count: number) {
  return z
    .array(slotInput.nullable(), { message: msg("fronts.errors.layoutList") })
    .length(count, msg("fronts.errors.layoutCount", { count }))
    .refine((slots) => {
      const ids = slots.flatMap((s) => (s ? [s.articleId] : []));
      return new Set(ids).size === ids.length;
    }, msg("fronts.errors.layoutOnce"));
}

const blockInput = z.object({
  sectionId: z.string().trim().min(1, msg("fronts.errors.blockNoSection")).max(64),
  hidden: z.boolean({ message: msg("fronts.errors.blockHidden") }).optional().default(false),
});

/** The home page's section blocks as the desk sends them, top to bottom; null keeps the sections' own order. */
export const blocksInput = z
  .array(blockInput, { message: msg("fronts.errors.blocksList") })
  .max(500, msg("fronts.errors.blocksMany"))
  .refine((blocks) => new Set(blocks.map((b) => b.sectionId)).size === blocks.length, msg("fronts.errors.blocksOnce"))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

function slotsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object" && Array.isArray((value as { slots?: unknown }).slots)) return (value as { slots: unknown[] }).slots;
  return [];
}

/** Layouts as stored (JSON, either form): read defensively, an unreadable slot counts as automatic. */
export function storedLayout(value: unknown, count: number): Layout {
  const slots = slotsOf(value);
  const out: Layout = [];
  for (let i = 0; i < count; i++) {
    const parsed = slotInput.safeParse(slots[i]);
    out.push(parsed.success ? parsed.data : null);
  }
  return out;
}

/** The section blocks of a stored arrangement; null when it has none (or they cannot be read). */
export function storedBlocks(value: unknown): Block[] | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const parsed = blocksInput.safeParse((value as { blocks?: unknown }).blocks);
  return parsed.success ? parsed.data : null;
}

export function storedArrangement(value: unknown, count: number): Arrangement {
  return { slots: storedLayout(value, count), blocks: storedBlocks(value) };
}

export function emptyLayout(count: number): Layout {
  return Array.from({ length: count }, () => null);
}

/** "home" or "section:<id>". */
export function sectionFrontKey(sectionId: string) {
  return `section:${sectionId}`;
}
