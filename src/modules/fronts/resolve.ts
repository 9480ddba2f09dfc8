import type { Block, Layout, SlotImage } from "./schema";

// What readers see from a layout at a moment: pure, so the cached data can be
// resolved per request (a pin running out shows without a purge) and tested
// without a database.

export type Candidate = { id: string; headline: string; teaser: string };
export type Placed<T extends Candidate> = T & { pinned: boolean; crop: SlotImage };

/**
 * Fills the slots: a placed article stays while it is published (it is among
 * `published`) and its pin has not run out; every other slot takes the newest
 * article not shown yet. Nothing appears twice.
 */
export function resolveLayout<T extends Candidate>(layout: Layout, published: Map<string, T>, newest: readonly T[], now: number): { slots: Placed<T>[]; shown: Set<string> } {
  const shown = new Set<string>();
  const placed: (Placed<T> | null)[] = layout.map((slot) => {
    if (!slot) return null;
    const article = published.get(slot.articleId);
    if (!article || shown.has(article.id) || (slot.until && Date.parse(slot.until) <= now)) return null;
    shown.add(article.id);
    return { ...article, headline: slot.headline || article.headline, teaser: slot.teaser || article.teaser, pinned: true, crop: slot.image };
  });
  const fill = newest.filter((a) => !shown.has(a.id));
  const slots: Placed<T>[] = [];
  for (const slot of placed) {
    if (slot) {
      slots.push(slot);
      continue;
    }
    const next = fill.shift();
    if (!next) continue;
    shown.add(next.id);
    slots.push({ ...next, pinned: false, crop: "auto" });
  }
  return { slots, shown };
}

/** The next time a layout changes by itself: the earliest pin still to run out. */
export function nextPinEnd(layout: Layout | null, now: number): Date | null {
  let next = Infinity;
  for (const slot of layout ?? []) {
    const t = slot?.until ? Date.parse(slot.until) : NaN;
    if (t > now && t < next) next = t;
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** The earlier of two moments, either may be missing. */
export function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The home page's section blocks in the desk's order: sections it hid are
 * left out, sections it never saw (new ones) follow in their own order.
 * `sections` come in their own order (Section.position).
 */
export function orderBlocks<S extends { id: string }>(sections: readonly S[], blocks: readonly Block[] | null): S[] {
  if (!blocks) return [...sections];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const arranged = blocks.flatMap((b) => {
    const section = byId.get(b.sectionId);
    return section && !b.hidden ? [section] : [];
  });
  const known = new Set(blocks.map((b) => b.sectionId));
  return [...arranged, ...sections.filter((s) => !known.has(s.id))];
}
