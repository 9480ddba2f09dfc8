import { describe, expect, it } from "vitest";
import { germanQuote, germanTypography, typographyOnInput } from "./typography";

describe("German typography", () => {
  it("turns straight double quotes into „…“", () => {
    expect(germanTypography('Er sagte "Verhandlungen" und ging.')).toBe("Er sagte „Verhandlungen“ und ging.");
    expect(germanTypography('"Wir wollen" ist ein Zitat')).toBe("„Wir wollen“ ist ein Zitat");
    expect(germanTypography('("eng")')).toBe("(„eng“)");
  });
  it("turns single quotes into ‚…‘ and apostrophes", () => {
    expect(germanTypography("Ein 'kleines' Zitat")).toBe("Ein ‚kleines‘ Zitat");
    expect(germanTypography("geht's")).toBe("geht’s");
    expect(germanTypography("Ein 'kleines' Zitat, geht's?")).toBe("Ein ‚kleines‘ Zitat, geht’s?");
  });
  it("makes ellipses and dashes", () => {
    expect(germanTypography("Und dann...")).toBe("Und dann…");
    expect(germanTypography("Berlin - Brüssel")).toBe("Berlin – Brüssel");
    expect(germanTypography("Nato-Mitgliedschaft")).toBe("Nato-Mitgliedschaft");
  });
  it("keeps typographic text as it is (idempotent)", () => {
    const text = "„Wir wollen, wie Sie, eine souveräne Ukraine“ – sagte er…";
    expect(germanTypography(text)).toBe(text);
    expect(germanTypography(germanTypography('a "b" c...'))).toBe(germanTypography('a "b" c...'));
  });
  it("decides opening or closing by what comes before", () => {
    expect(germanQuote("", '"')).toBe("„");
    expect(germanQuote("Wort", '"')).toBe("“");
    expect(germanQuote("Wort ", '"')).toBe("„");
  });
  it("keeps the caret in place when fixing an input", () => {
    expect(typographyOnInput('Er sagte "', 10)).toEqual({ value: "Er sagte „", caret: 10 });
    expect(typographyOnInput("dann...x", 7)).toEqual({ value: "dann…x", caret: 5 });
  });
});
