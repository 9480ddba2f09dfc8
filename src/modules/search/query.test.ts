import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, snippetParts, spellingVariants, toPrefixQuery, toTsQuery } from "./query";

describe("search query", () => {
  it("makes quoted prefix terms, so FTS syntax in the input is inert", () => {
    expect(toPrefixQuery("ukrain")).toBe('"ukrain"*');
    expect(toPrefixQuery('Kreml NEAR "x" OR -y*')).toBe('"kreml"* "near"* "x"* "or"* "y"*');
    expect(toPrefixQuery("Außenminister Öl")).toBe('("außenminister"* OR "aussenminister"*) ("öl"* OR "oel"*)');
    expect(toPrefixQuery("  !!! ")).toBeNull();
  });
  it("makes tsquery prefix terms from words only, so tsquery operators in the input are inert", () => {
    expect(toTsQuery("ukrain")).toBe("ukrain:*");
    expect(toTsQuery("Kreml & !Putin | (x) <-> 'y':*")).toBe("kreml:* & putin:* & x:* & y:*");
    expect(toTsQuery("Straße Öl")).toBe("(straße:* | strasse:*) & (öl:* | oel:*)");
    expect(toTsQuery("  !!! ")).toBeNull();
  });
  it("lets the German spellings of a word find each other: ß and ss, ä/ö/ü and ae/oe/ue, both ways", () => {
    expect(spellingVariants("Strasse")).toEqual(["strasse", "straße"]);
    expect(spellingVariants("Straße")).toEqual(["straße", "strasse"]);
    expect(spellingVariants("Gespraeche")).toEqual(["gespraeche", "gespräche"]);
    expect(spellingVariants("Gespräche")).toEqual(["gespräche", "gespraeche"]);
    expect(spellingVariants("Müller")).toEqual(["müller", "mueller"]);
    expect(spellingVariants("Kreml")).toEqual(["kreml"]);
    // However many spellings a word could have, a reader's query stays small.
    expect(spellingVariants("Süßwasserstraße").length).toBeLessThanOrEqual(4);
  });
  it("splits a snippet into text and hits without any HTML", () => {
    expect(snippetParts(`Der ${MARK_START}Kreml${MARK_END} bestätigte <b>`)).toEqual([
      { text: "Der ", hit: false },
      { text: "Kreml", hit: true },
      { text: " bestätigte <b>", hit: false },
    ]);
  });
});
