import { z } from "zod";
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
  articleId: z.string().trim().min(1, "Article: pick an article for this slot.").max(64),
  until: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || !Number.isNaN(Date.parse(v)), "Pinned until: not a date and time."),
  headline: singleLine("Front-page headline", HEADLINE_MAX).optional().default(""),
  teaser: z.string().trim().max(TEASER_MAX, `Front-page teaser: at most ${TEASER_MAX} characters.`).optional().default(""),
  image: z.enum(SLOT_IMAGES, { message: "Image: auto, wide, square or none." }).optional().default("auto"),
});

/** What the desk sends: one entry per slot, null for an automatic one. */
export function layoutInput(count: number) {
  return z
    .array(slotInput.nullable(), { message: "Layout: a list of slots." })
    .length(count, `Layout: exactly ${count} slots.`)
    .refine((slots) => {
      const ids = slots.flatMap((s) => (s ? [s.articleId] : []));
      return new Set(ids).size === ids.length;
    }, "Layout: an article can stand in one slot only.");
}

const blockInput = z.object({
  sectionId: z.string().trim().min(1, "Section blocks: a block without a section.").max(64),
  hidden: z.boolean({ message: "Section blocks: shown or hidden?" }).optional().default(false),
});

/** The home page's section blocks as the desk sends them, top to bottom; null keeps the sections' own order. */
export const blocksInput = z
  .array(blockInput, { message: "Section blocks: a list of sections." })
  .max(500, "Section blocks: too many.")
  .refine((blocks) => new Set(blocks.map((b) => b.sectionId)).size === blocks.length, "Section blocks: each section once.")
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
