import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, snippetParts, toPrefixQuery, toTsQuery } from "./query";

describe("search query", () => {
  it("makes quoted prefix terms, so FTS syntax in the input is inert", () => {
    expect(toPrefixQuery("ukrain")).toBe('"ukrain"*');
    expect(toPrefixQuery('Kreml NEAR "x" OR -y*')).toBe('"Kreml"* "NEAR"* "x"* "OR"* "y"*');
    expect(toPrefixQuery("Außenminister Öl")).toBe('"Außenminister"* "Öl"*');
    expect(toPrefixQuery("  !!! ")).toBeNull();
  });
  it("makes tsquery prefix terms from words only, so tsquery operators in the input are inert", () => {
    expect(toTsQuery("ukrain")).toBe("ukrain:*");
    expect(toTsQuery("Kreml & !Putin | (x) <-> 'y':*")).toBe("Kreml:* & Putin:* & x:* & y:*");
    expect(toTsQuery("Straße Öl")).toBe("Straße:* & Öl:*");
    expect(toTsQuery("  !!! ")).toBeNull();
  });
  it("splits a snippet into text and hits without any HTML", () => {
    expect(snippetParts(`Der ${MARK_START}Kreml${MARK_END} bestätigte <b>`)).toEqual([
      { text: "Der ", hit: false },
      { text: "Kreml", hit: true },
      { text: " bestätigte <b>", hit: false },
    ]);
  });
});
