import { describe, expect, it } from "vitest";
import fixture from "../../../prisma/seed/seed-article.de.json";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("turns the demo headline into its expected slug", () => {
    expect(slugify(fixture.headline)).toBe(fixture.expectedSlug);
    expect(slugify("Trump geht auf Putin zu!")).toBe("trump-geht-auf-putin-zu");
  });

  it("transliterates German umlauts and ß, and drops the ampersand", () => {
    expect(slugify("Größe & Übermaß")).toBe("groesse-uebermass");
    expect(slugify("Äpfel, Öl und Über-Straße")).toBe("aepfel-oel-und-ueber-strasse");
    expect(slugify("GROSSE STRASSE ẞ")).toBe("grosse-strasse-ss");
  });

  it("keeps German quotes and punctuation out of the slug", () => {
    expect(slugify("„Verhandlungen“ – ‚sehr eng‘ … 20 Prozent?")).toBe("verhandlungen-sehr-eng-20-prozent");
  });

  it("strips other accents and collapses separators", () => {
    expect(slugify("  Café   Crème -- à la  carte ")).toBe("cafe-creme-a-la-carte");
    expect(slugify("!!!")).toBe("");
  });

  it("cuts long headlines at a word boundary within the limit", () => {
    const slug = slugify("Bundesregierung beschließt umfangreiches Maßnahmenpaket zur Stärkung der Wirtschaft in schwierigen Zeiten");
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("-")).toBe(false);
  });
});
