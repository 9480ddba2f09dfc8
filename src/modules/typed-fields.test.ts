// Hostile text in every field a person types: generated strings (fast-check,
// fixed seed) with controls, direction overrides, lone surrogates and
// zero-width characters mixed in, through each field's own schema.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inEnglish } from "@/i18n/testing";
import { z } from "zod";
import { articleFieldsSchema } from "@/modules/articles/schema";
import { parseBody } from "@/modules/articles/body";
import { mediaDetailsSchema } from "@/modules/media/schema";
import { termSchema } from "@/modules/taxonomy/schema";
import { inviteSchema, profileSchema } from "@/modules/users/schema";
import { hasBrokenCharacter, normaliseText } from "@/lib/text";

const nasty = fc.constantFrom(
  "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\ufeff", "\uffff", "\t", "\r\n", "\n", "\r",
  "\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ud800", "\udfff", "\ud83d\ude00", "A\u0308", "„", "“", "ß", "ي", "中",
);
const hostile = fc.array(fc.oneof(nasty, fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(""));

const DIRECTION = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/;

// Every typed field: where it lives, whether it keeps lines, how long it may be.
const article = (field: string) => (text: string) => articleFieldsSchema.shape[field as keyof typeof articleFieldsSchema.shape].safeParse(text);
const objectField = <S extends z.ZodObject>(schema: S, field: string, rest: Record<string, unknown> = {}) => (text: string) => {
  const result = schema.safeParse({ ...rest, [field]: text });
  return result.success ? { success: true as const, data: (result.data as Record<string, unknown>)[field] } : { success: false as const, error: result.error };
};
const FIELDS: { name: string; lines: boolean; parse: (text: string) => { success: boolean; data?: unknown; error?: z.ZodError } }[] = [
  { name: "headline", lines: false, parse: article("headline") },
  { name: "kicker", lines: false, parse: article("kicker") },
  { name: "teaser", lines: true, parse: article("teaser") },
  { name: "dateline", lines: false, parse: article("dateline") },
  { name: "credit", lines: false, parse: article("credit") },
  { name: "seoTitle", lines: false, parse: article("seoTitle") },
  { name: "seoDescription", lines: false, parse: article("seoDescription") },
  { name: "updateNote", lines: false, parse: article("updateNote") },
  { name: "alt", lines: false, parse: objectField(mediaDetailsSchema, "alt") },
  { name: "caption", lines: false, parse: objectField(mediaDetailsSchema, "caption", { alt: "Ein Bild" }) },
  { name: "credit", lines: false, parse: objectField(mediaDetailsSchema, "credit", { alt: "Ein Bild" }) },
  { name: "section or tag name", lines: false, parse: objectField(termSchema, "name") },
  { name: "person's name", lines: false, parse: objectField(inviteSchema, "name", { email: "a@example.org", role: "AUTHOR" }) },
  { name: "bio", lines: true, parse: objectField(profileSchema, "bio", { name: "Anna" }) },
];

describe("one normaliser for every typed field", () => {
  for (const field of FIELDS) {
    it(`${field.name}: normalised or refused with a field message, never an exception`, () => {
      fc.assert(
        fc.property(hostile, (input) => {
          const result = field.parse(input);
          if (hasBrokenCharacter(input)) {
            expect(result.success).toBe(false);
            expect(result.error!.issues.map((i) => inEnglish(i.message)).join(" ")).toMatch(/broken character|required|at most/);
            return;
          }
          if (!result.success) {
            // Only an empty required field or an over-long one may be refused.
            expect(result.error!.issues.every((i) => /required|at most/.test(inEnglish(i.message)))).toBe(true);
            return;
          }
          const out = String(result.data);
          expect(out).toBe(out.normalize("NFC"));
          expect(CONTROL.test(out)).toBe(false);
          expect(hasBrokenCharacter(out)).toBe(false);
          if (!field.lines) {
            expect(out.includes("\n")).toBe(false);
            expect(DIRECTION.test(out)).toBe(false);
          }
          expect(out).toBe(out.trim());
          // Normalising again changes nothing.
          expect(field.parse(out)).toMatchObject({ success: true, data: out });
        }),
        { numRuns: 300, seed: 1130 },
      );
    });
  }

  it("body text: normalised inside the document, a broken character refused with a message", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const result = parseBody({ type: "doc", content: [{ type: "paragraph", content: input ? [{ type: "text", text: input }] : [] }] });
        if (hasBrokenCharacter(input)) {
          expect(result.ok).toBe(false);
          expect(result.ok ? "" : inEnglish(result.message)).toContain("broken character");
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const paragraph = result.body.content[0] as { content?: { text?: string }[] };
        for (const node of paragraph.content ?? []) {
          expect(node.text).toBe(node.text!.normalize("NFC"));
          expect(CONTROL.test(node.text!)).toBe(false);
          expect(node.text!.includes("\n")).toBe(false);
        }
        expect(parseBody(result.body)).toEqual(result);
      }),
      { numRuns: 300, seed: 1130 },
    );
  });

  it("keeps what languages need and removes what spoofs", () => {
    expect(normaliseText("Ba\u0308r \u202eevil", "line")).toBe("Bär evil");
    expect(normaliseText("\ud83d\udc69\u200d\ud83d\udcbb Zeile 1\r\nZeile 2\u0000", "lines")).toBe("👩‍💻 Zeile 1\nZeile 2");
    expect(normaliseText("„Zitat“ \u2067مرحبا\u2069", "lines")).toBe("„Zitat“ \u2067مرحبا\u2069");
    expect(normaliseText("„Zitat“ \u2067مرحبا\u2069", "line")).toBe("„Zitat“ مرحبا");
  });
});
