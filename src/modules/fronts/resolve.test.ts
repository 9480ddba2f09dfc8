import { describe, expect, it } from "vitest";
import { nextPinEnd, orderBlocks, resolveLayout } from "./resolve";
import { emptyLayout, storedArrangement, type Layout } from "./schema";

const article = (id: string) => ({ id, headline: `H ${id}`, teaser: `T ${id}` });
const newest = ["n1", "n2", "n3", "n4", "n5"].map(article);
const now = Date.parse("2026-12-01T12:00:00Z");

function slot(articleId: string, extra: Partial<NonNullable<Layout[number]>> = {}) {
  return { articleId, until: null, headline: "", teaser: "", image: "auto" as const, ...extra };
}

describe("resolveLayout", () => {
  it("fills an empty layout newest first", () => {
    const { slots } = resolveLayout(emptyLayout(3), new Map(), newest, now);
    expect(slots.map((s) => s.id)).toEqual(["n1", "n2", "n3"]);
    expect(slots.every((s) => !s.pinned)).toBe(true);
  });

  it("keeps a placed lead and fills the rest without showing it twice", () => {
    const published = new Map([["n3", article("n3")]]);
    const { slots, shown } = resolveLayout([slot("n3"), null, null], published, newest, now);
    expect(slots.map((s) => s.id)).toEqual(["n3", "n1", "n2"]);
    expect(slots[0]!.pinned).toBe(true);
    expect([...shown].sort()).toEqual(["n1", "n2", "n3"]);
  });

  it("uses the slot's own headline and teaser, and the article's when empty", () => {
    const published = new Map([["old", article("old")]]);
    const { slots } = resolveLayout([slot("old", { headline: "Front headline", image: "square" })], published, newest, now);
    expect(slots[0]).toMatchObject({ id: "old", headline: "Front headline", teaser: "T old", crop: "square" });
  });

  it("drops an article that is no longer published and one whose pin ran out", () => {
    const published = new Map([["expired", article("expired")]]);
    const layout = [slot("gone"), slot("expired", { until: "2026-12-01T11:59:00Z" }), null];
    expect(resolveLayout(layout, published, newest, now).slots.map((s) => s.id)).toEqual(["n1", "n2", "n3"]);
  });

  it("keeps a pin until its time", () => {
    const published = new Map([["p", article("p")]]);
    const layout = [slot("p", { until: "2026-12-01T18:00:00Z" })];
    expect(resolveLayout(layout, published, newest, now).slots[0]!.id).toBe("p");
    expect(resolveLayout(layout, published, newest, Date.parse("2026-12-01T18:00:00Z")).slots[0]!.id).toBe("n1");
  });

  it("leaves a slot out when there is nothing left to fill it", () => {
    expect(resolveLayout(emptyLayout(8), new Map(), newest, now).slots).toHaveLength(5);
  });
});

describe("nextPinEnd", () => {
  it("is the earliest pin still to come", () => {
    const layout = [slot("a", { until: "2026-12-01T18:00:00Z" }), slot("b", { until: "2026-12-01T14:00:00Z" }), slot("c", { until: "2026-12-01T10:00:00Z" }), null];
    expect(nextPinEnd(layout, now)?.toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(nextPinEnd([slot("a")], now)).toBeNull();
  });
});

describe("orderBlocks", () => {
  const sections = ["politik", "wirtschaft", "sport", "kultur"].map((id) => ({ id }));

  it("keeps the sections' own order when the desk never arranged the blocks", () => {
    expect(orderBlocks(sections, null).map((s) => s.id)).toEqual(["politik", "wirtschaft", "sport", "kultur"]);
  });

  it("follows the desk's order, leaves hidden ones out, and puts sections it never saw (new or renamed) last", () => {
    const blocks = [
      { sectionId: "sport", hidden: false },
      { sectionId: "politik", hidden: true },
      { sectionId: "gone", hidden: false },
      { sectionId: "wirtschaft", hidden: false },
    ];
    expect(orderBlocks(sections, blocks).map((s) => s.id)).toEqual(["sport", "wirtschaft", "kultur"]);
  });
});

describe("storedArrangement", () => {
  it("reads layouts from before blocks (a bare list of slots) and the current form", () => {
    const old = storedArrangement([{ articleId: "a", until: null, headline: "", teaser: "", image: "wide" }, null], 3);
    expect(old).toEqual({ slots: [slot("a", { image: "wide" }), null, null], blocks: null });
    const current = storedArrangement({ slots: [null, { articleId: "b" }], blocks: [{ sectionId: "sport", hidden: true }] }, 2);
    expect(current).toEqual({ slots: [null, slot("b")], blocks: [{ sectionId: "sport", hidden: true }] });
    expect(storedArrangement({ slots: "nonsense", blocks: [{ sectionId: "" }] }, 1)).toEqual({ slots: [null], blocks: null });
  });
});
