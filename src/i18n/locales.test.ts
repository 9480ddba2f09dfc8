import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["en-US,en;q=0.9", "en"],
    ["de-AT", "de"],
    ["fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4", "en"],
    ["fr;q=1, de;q=0.2, en;q=0.3", "en"],
    ["en;q=0, de", "de"],
    ["EN-gb", "en"],
    ["fr-FR,it", null],
    ["*", null],
    ["", null],
    [null, null],
    ["de;q=abc,en", "de"], // an unreadable weight counts as none given
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
