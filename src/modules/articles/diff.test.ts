import { describe, expect, it } from "vitest";
import { wordDiff } from "./diff";

const join = (parts: { type: string; text: string }[], keep: string[]) => parts.filter((p) => keep.includes(p.type)).map((p) => p.text).join("");

describe("word diff", () => {
  it("finds a changed word", () => {
    expect(wordDiff("Der Kreml bestätigte das Telefonat.", "Der Kreml dementierte das Telefonat.")).toEqual([
      { type: "same", text: "Der Kreml " },
      { type: "removed", text: "bestätigte " },
      { type: "added", text: "dementierte " },
      { type: "same", text: "das Telefonat." },
    ]);
  });
  it("rebuilds the new text exactly, and the old one word for word", () => {
    const a = "Trump teilte am Mittwoch mit, er habe ein „langes und hochproduktives“ Telefonat geführt.";
    const b = "Trump teilte am Donnerstag mit, er habe ein „langes“ Telefonat mit Putin geführt. Neu.";
    const parts = wordDiff(a, b);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(join(parts, ["same", "removed"]))).toEqual(words(a));
    expect(join(parts, ["same", "added"])).toBe(b);
  });
  it("shows no change where only the space after a word differs (a paragraph that gained a successor)", () => {
    const before = "Die Ministerin sagte: „Wir investieren in die Schulen.“";
    const after = "Die Ministerin sagte: „Wir investieren in die Schulen.“\n\nEin neuer Absatz.";
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.type === "removed")).toEqual([]);
    expect(parts.filter((p) => p.type === "added").map((p) => p.text.trim())).toEqual(["Ein neuer Absatz."]);
    expect(join(parts, ["same", "added"])).toBe(after);
  });
  it("handles empty sides", () => {
    expect(wordDiff("", "neu")).toEqual([{ type: "added", text: "neu" }]);
    expect(wordDiff("alt", "")).toEqual([{ type: "removed", text: "alt" }]);
    expect(wordDiff("", "")).toEqual([]);
  });
  it("is fast enough for a long article", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `wort${i % 97}`).join(" ");
    const changed = words.replace("wort5 ", "WORT ").replace("wort60 ", "");
    const parts = wordDiff(words, changed);
    expect(join(parts, ["same", "added"])).toBe(changed);
  });
});
