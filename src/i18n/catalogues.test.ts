import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import de from "./messages/de.json";
import en from "./messages/en.json";
import { msg } from "./message";
import { messageIn, translatorFor } from "./translator";

// The catalogues stay complete in both languages: every key in one is in the
// other, every message parses as ICU, and both ask for the same values (a
// German message that forgot {count} would print a sentence without it).

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      argumentsOf(el.children, out);
    }
  }
  return out;
}

const english = leaves(en as Tree);
const german = leaves(de as Tree);

describe("message catalogues", () => {
  it("have the same keys in German and English", () => {
    expect([...german.keys()].filter((k) => !english.has(k)), "only in German").toEqual([]);
    expect([...english.keys()].filter((k) => !german.has(k)), "only in English").toEqual([]);
  });

  it("parse as ICU messages and ask for the same values in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, text] of english) {
      const other = german.get(key);
      if (other === undefined) continue;
      const a = [...argumentsOf(parse(text))].sort();
      const b = [...argumentsOf(parse(other))].sort();
      if (a.join() !== b.join()) mismatched.push(`${key}: en {${a.join(", ")}} de {${b.join(", ")}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("have no empty German message", () => {
    const empty = [...german].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("put a message made on the server into each person's words, values and nested messages included", () => {
    const error = msg("validation.tooLong", { field: msg("users.field.name"), max: 100 });
    expect(messageIn("en", error)).toBe("Name: at most 100 characters.");
    expect(messageIn("de", error)).toBe("Name: höchstens 100 Zeichen.");
    expect(messageIn("de", "plain text stays as it is")).toBe("plain text stays as it is");
    const at = new Date("2026-12-01T14:05:00Z");
    expect(messageIn("de", msg("users.currentPasswordThrottled", { retryAt: at }))).toContain("15:05 Uhr");
    expect(translatorFor("en")("nav.waiting", { count: 1 })).toBe("1 waiting");
    expect(translatorFor("de")("nav.waiting", { count: 3 })).toBe("3 warten");
  });
});

describe("times in messages", () => {
  it("use the 24-hour clock in both languages, Berlin time", () => {
    const at = new Date("2026-12-01T15:08:00Z");
    expect(messageIn("en", msg("articles.banners.byOther", { name: "Ada", since: at }))).toBe("Ada is editing since 16:08.");
    expect(messageIn("de", msg("articles.banners.byOther", { name: "Ada", since: at }))).toBe("Ada bearbeitet seit 16:08 Uhr.");
  });
});

describe("schema checks without a message of their own", () => {
  it("say so in the person's language, not in zod's English", async () => {
    const { z } = await import("zod");
    const result = z.object({ ids: z.array(z.string().min(1)) }).safeParse({ ids: [""] });
    expect(result.success).toBe(false);
    const message = result.success ? "" : (result.error.issues[0]?.message ?? "");
    expect(messageIn("de", message)).toBe("Dieser Wert ist ungültig.");
    expect(messageIn("en", message)).toBe("This value is not valid.");
  });
});
