import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, snippetParts, toPrefixQuery } from "./query";

describe("search query", () => {
  it("makes quoted prefix terms, so FTS syntax in the input is inert", () => {
    expect(toPrefixQuery("ukrain")).toBe('"ukrain"*');
    expect(toPrefixQuery('Kreml NEAR "x" OR -y*')).toBe('"Kreml"* "NEAR"* "x"* "OR"* "y"*');
    expect(toPrefixQuery("Außenminister Öl")).toBe('"Außenminister"* "Öl"*');
    expect(toPrefixQuery("  !!! ")).toBeNull();
  });
  it("splits a snippet into text and hits without any HTML", () => {
    expect(snippetParts(`Der ${MARK_START}Kreml${MARK_END} bestätigte <b>`)).toEqual([
      { text: "Der ", hit: false },
      { text: "Kreml", hit: true },
      { text: " bestätigte <b>", hit: false },
    ]);
  });
});
