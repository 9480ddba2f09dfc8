import { describe, expect, it } from "vitest";
import { blocksPublishing, prepublishCheck, TEASER_HEADLINE_FITS, type Checkable } from "./checklist";

const complete: Checkable = {
  headline: "Gipfel in Brüssel endet ohne Einigung",
  teaser: "Die Staats- und Regierungschefs vertagen den Streit über den Haushalt auf Dezember.",
  sectionId: "politik",
  tagIds: ["eu"],
  leadImage: { alt: "Die Staats- und Regierungschefs vor dem Ratsgebäude" },
  bodyEmpty: false,
};

const found = (a: Checkable) => prepublishCheck(a).map((i) => `${i.level}:${i.field}:${i.message.split(".").at(-1)}`);

describe("the pre-publish check", () => {
  it("finds nothing in a complete article", () => {
    expect(prepublishCheck(complete)).toEqual([]);
  });

  it("blocks on a missing headline, teaser or section", () => {
    const items = prepublishCheck({ ...complete, headline: " ", teaser: "", sectionId: "" });
    expect(items.filter((i) => i.level === "error").map((i) => i.field)).toEqual(["headline", "teaser", "sectionId"]);
    expect(blocksPublishing(items)).toBe(true);
  });

  it("warns when the text still opens with an agency dateline, naming it", () => {
    const items = prepublishCheck({ ...complete, bodyStart: "Berlin (dpa) – Die Koalition hat sich geeinigt." });
    expect(items.map((i) => [i.level, i.field, i.message, i.values])).toEqual([["warning", "body", "articles.check.datelineInBody", { start: "Berlin (dpa) –" }]]);
    expect(blocksPublishing(items)).toBe(false);
    expect(prepublishCheck({ ...complete, bodyStart: "Die Koalition hat sich geeinigt." })).toEqual([]);
  });

  it("warns, without blocking, about what is doubtful", () => {
    const long = "Ü".repeat(TEASER_HEADLINE_FITS + 1);
    expect(found({ ...complete, headline: long })).toEqual(["warning:headline:headlineLong"]);
    expect(prepublishCheck({ ...complete, headline: long })[0]?.values).toEqual({ length: TEASER_HEADLINE_FITS + 1, fits: TEASER_HEADLINE_FITS });
    expect(found({ ...complete, leadImage: null, tagIds: [] })).toEqual(["warning:leadImage:noLeadImage", "warning:tags:noTags"]);
    expect(found({ ...complete, leadImage: { alt: "  " } })).toEqual(["warning:leadImage:noAlt"]);
    expect(found({ ...complete, bodyEmpty: true })).toEqual(["warning:body:noBody"]);
    expect(blocksPublishing(prepublishCheck({ ...complete, leadImage: null, tagIds: [], bodyEmpty: true }))).toBe(false);
  });

  it("notices a teaser that only repeats the headline, whatever the case and punctuation", () => {
    expect(found({ ...complete, teaser: "Gipfel in Brüssel endet ohne Einigung." })).toEqual(["warning:teaser:teaserRepeats"]);
    expect(found({ ...complete, teaser: "GIPFEL IN BRÜSSEL – endet ohne Einigung: Die Chefs vertagen." })).toEqual(["warning:teaser:teaserRepeats"]);
    expect(found({ ...complete, teaser: "In Brüssel endet der Gipfel ohne Einigung." })).toEqual([]);
  });
});
