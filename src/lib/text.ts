import { z } from "zod";
import { msg } from "@/i18n/message";

/**
 * The one normaliser for text a person types (or pastes, or a script sends):
 * - Unicode NFC, so „Ä“ typed and „Ä“ pasted from a PDF are the same letters
 *   (search, slugs and duplicate checks depend on it);
 * - control characters removed (NUL, escape sequences, C1 controls,
 *   noncharacters, the byte-order mark); tabs become spaces; line breaks are
 *   kept only in fields that have lines, elsewhere folded into a space;
 * - in one-line fields (headlines, names in bylines, captions…) the invisible
 *   direction controls are removed too (overrides, embeddings, isolates and
 *   marks: "Trojan Source" spoofing of names and headlines). Multi-line text
 *   keeps them: Arabic or Hebrew quoted inside German needs them;
 * - a lone surrogate (half of a character, e.g. cut by a broken client) is not
 *   guessed at: the field is refused as "contains a broken character".
 * Zero-width joiners and non-joiners stay: emoji sequences and several
 * scripts need them.
 */
export type TextShape = "line" | "lines" | "inline";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 except tab and line feed, DEL, C1, BOM / zero-width no-break space, noncharacters.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]/g;
const CARRIAGE_RETURNS = /\r\n?/g;
// LRM, RLM, ALM, embeddings/overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI).
const DIRECTION_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export function hasBrokenCharacter(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Normalised text; call hasBrokenCharacter first (a lone surrogate is refused, not repaired). */
export function normaliseText(value: string, shape: TextShape): string {
  let text = value.normalize("NFC").replace(CARRIAGE_RETURNS, "\n").replace(/\t/g, " ");
  text = text.replace(CONTROLS, "");
  if (shape === "line") text = text.replace(DIRECTION_CONTROLS, "");
  if (shape !== "lines") text = text.replace(/\n+/g, " ");
  return shape === "inline" ? text : text.trim();
}

/**
 * A zod string for text a person types: normalised as above, then checked for
 * length. `field` names it in messages: a catalogue message (msg("articles.field.teaser")).
 */
export function typedText(field: string, max: number, shape: Exclude<TextShape, "inline"> = "line") {
  return z
    .string({ error: msg("validation.notText", { field }) })
    .refine((s) => !hasBrokenCharacter(s), msg("validation.brokenCharacter", { field }))
    .transform((s) => normaliseText(s, shape))
    .pipe(z.string().max(max, msg("validation.tooLong", { field, max })));
}

// Any control character (C0, DEL, C1) or white space of any kind, including
// the Unicode line and paragraph separators and the no-break spaces.
const ADDRESS_UNSAFE = /[\u0000-\u0020\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028\u2029\u202A-\u202F\u205F\u2060-\u2069\u3000\uFEFF]/;

/**
 * Whether a stored address (a banner link, a link in the text, a webhook
 * URL) holds a control character or white space inside it. Browsers drop a
 * tab or a line break in a URL, so "/\t/evil.example" is followed as
 * "//evil.example": such an address is refused before any origin check
 * looks at it, never cleaned up.
 */
export function hasUnsafeAddressCharacter(address: string): boolean {
  return ADDRESS_UNSAFE.test(address) || hasBrokenCharacter(address);
}
