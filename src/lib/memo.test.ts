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
