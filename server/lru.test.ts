import { describe, expect, it } from "vitest";
import { createLru } from "./lru.mjs";

describe("the one memory cache", () => {
  it("drops the least recently used first, by count and by weight", () => {
    const lru = createLru<string>({ maxEntries: 2 });
    lru.set("a", "1");
    lru.set("b", "2");
    expect(lru.get("a")).toBe("1"); // a is now the most recent
    lru.set("c", "3");
    expect(lru.keys()).toEqual(["a", "c"]);
    const heavy = createLru<string>({ maxWeight: 10 });
    heavy.set("x", "x", { weight: 6 });
    heavy.set("y", "y", { weight: 6 });
    expect(heavy.keys()).toEqual(["y"]);
    expect(heavy.weight).toBe(6);
    expect(heavy.set("z", "z", { weight: 11 })).toBe(false);
    expect(heavy.keys()).toEqual(["y"]);
  });
  it("forgets an entry when its time is up, on its own clock or the one given", () => {
    let t = 0;
    const lru = createLru<number>({ now: () => t });
    lru.set("k", 1, { ttlMs: 100 });
    t = 99;
    expect(lru.get("k")).toBe(1);
    expect(lru.get("k", 100)).toBeUndefined();
    expect(lru.size).toBe(0);
  });
  it("replacing or deleting an entry keeps the weight right", () => {
    const lru = createLru<string>();
    lru.set("a", "1", { weight: 5 });
    lru.set("a", "2", { weight: 3 });
    expect(lru.weight).toBe(3);
    expect(lru.delete("a")).toBe(true);
    expect(lru.weight).toBe(0);
    lru.set("b", "1", { weight: 4 });
    lru.clear();
    expect([lru.size, lru.weight]).toEqual([0, 0]);
  });
});
