import { expect, it } from "vitest";
import { createMemo, purgeMemos } from "./memo";

it("answers repeated questions from memory until anything is invalidated", async () => {
  const memo = createMemo<number>({ max: 2 });
  let loads = 0;
  const load = async () => ++loads;
  expect(await memo.get("a", load)).toBe(1);
  expect(await memo.get("a", load)).toBe(1);
  purgeMemos();
  expect(await memo.get("a", load)).toBe(2);
  await memo.get("b", load);
  await memo.get("c", load);
  expect(memo.size).toBe(2);
});

it("does not keep a result computed while an invalidation happened", async () => {
  const memo = createMemo<string>();
  const slow = memo.get("q", async () => {
    purgeMemos();
    return "old";
  });
  expect(await slow).toBe("old");
  expect(await memo.get("q", async () => "new")).toBe("new");
});

it("asks once when many ask the same question at the same time", async () => {
  const memo = createMemo<number>();
  let loads = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const load = async () => {
    loads++;
    await gate;
    return 7;
  };
  const answers = Promise.all([memo.get("x", load), memo.get("x", load), memo.get("x", load)]);
  release();
  expect(await answers).toEqual([7, 7, 7]);
  expect(loads).toBe(1);
});

it("a failed load is not kept and the next caller tries again", async () => {
  const memo = createMemo<number>();
  await expect(memo.get("x", async () => Promise.reject(new Error("away")))).rejects.toThrow("away");
  expect(await memo.get("x", async () => 3)).toBe(3);
});

it("keeps the total weight under its budget, dropping the least recently used", async () => {
  const memo = createMemo<string>({ weigh: (v) => v.length, maxWeight: 10 });
  await memo.get("a", async () => "aaaa");
  await memo.get("b", async () => "bbbb");
  await memo.get("a", async () => "never"); // a is now the most recent
  await memo.get("c", async () => "cccc");
  expect(memo.weight).toBe(8);
  expect(await memo.get("b", async () => "BBBB")).toBe("BBBB"); // b went
  expect(await memo.get("huge", async () => "x".repeat(11))).toHaveLength(11); // answered, not kept
  expect(memo.weight).toBeLessThanOrEqual(10);
});
