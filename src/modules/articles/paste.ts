// Turning what an editor pastes into article structure.
import { germanTypography } from "./typography";
import type { BodyBlock, BodyDoc } from "./body";

export type ParsedArticle = { headline: string; teaser: string; body: BodyDoc; dateline: string; credit: string };

// Agency copy opens with its dateline: "Berlin (dpa) – …", "Washington/Moskau (dpa/AFP) – …",
// "BERLIN (AFP) – …" or "BERLIN. – …". The place goes to the Ortsmarke, the agency to the credit.
const DASH = "[–—-]";
// The agency is one token ("dpa", "AFP", "dpa-AFX", "dpa/AFP"): a parenthesis with a list or a phrase is prose.
const WITH_AGENCY = new RegExp(`^([\\p{Lu}][\\p{L}.'/ -]{0,40}?)\\s*\\(([\\p{L}][\\p{L}\\p{N}/&.-]{0,29})\\)\\s*${DASH}\\s+`, "u");
const CAPITALS_ONLY = new RegExp(`^(\\p{Lu}[\\p{Lu}/ -]{1,40})\\.\\s*${DASH}\\s+`, "u");
// A sentence may open like a place ("Die Koalition (SPD) – …"): a place does not start with an article or preposition.
const NOT_A_PLACE = /^(der|die|das|den|dem|des|ein|eine|einer|eines|am|im|in|an|auf|aus|bei|mit|nach|vor|zum|zur|er|sie|es|wir|ihr)\b/iu;

/** "FRANKFURT/MAIN" → "Frankfurt/Main"; a place written normally stays as it is. */
function placeName(place: string): string {
  const trimmed = place.trim();
  if (trimmed !== trimmed.toLocaleUpperCase("de-DE")) return trimmed;
  return trimmed.toLocaleLowerCase("de-DE").replace(/(^|[\s/-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("de-DE"));
}

/** The dateline a paragraph opens with, and the text after it; null when it opens with none. */
export function splitDateline(text: string): { dateline: string; credit: string; rest: string } | null {
  const agency = WITH_AGENCY.exec(text);
  if (agency && !NOT_A_PLACE.test(agency[1]!)) return { dateline: placeName(agency[1]!), credit: agency[2]!.trim(), rest: text.slice(agency[0].length) };
  const capitals = CAPITALS_ONLY.exec(text);
  if (capitals && !NOT_A_PLACE.test(capitals[1]!)) return { dateline: placeName(capitals[1]!), credit: "", rest: text.slice(capitals[0].length) };
  return null;
}

const CLOSING_PUNCTUATION = /[.!?:;…“”"'‘’)»«]$/;
export const MAX_SUBHEADING_LENGTH = 80;

/** A line that reads like a subheading: short, and not ending like a sentence. */
export function looksLikeSubheading(line: string): boolean {
  return line.length <= MAX_SUBHEADING_LENGTH && !CLOSING_PUNCTUATION.test(line);
}

/**
 * A whole article pasted as plain text: first line headline, second teaser,
 * short lines without closing punctuation subheadings, the rest paragraphs.
 * Null when the text does not look like a whole article (fewer than 3 lines).
 */
export function parsePlainArticle(text: string): ParsedArticle | null {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (lines.length < 3) return null;
  const [headline, teaser, ...rest] = lines.map(germanTypography) as [string, string, ...string[]];
  // The first paragraph's dateline leaves the text for the Ortsmarke and the credit.
  const first = rest.findIndex((line) => !looksLikeSubheading(line));
  const opening = first >= 0 ? splitDateline(rest[first]!) : null;
  if (opening && opening.rest) rest[first] = opening.rest;
  const body: BodyBlock[] = rest.map((line) =>
    looksLikeSubheading(line)
      ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: line }] }
      : { type: "paragraph", content: [{ type: "text", text: line }] },
  );
  return { headline, teaser, body: { type: "doc", content: body }, dateline: opening?.rest ? opening.dateline : "", credit: opening?.rest ? opening.credit : "" };
}

/**
 * Cleans HTML from Word, Google Docs or web pages before the editor parses it:
 * the editor's schema then keeps only the registry's blocks and marks. This
 * removes what would otherwise leak through as text (Word's conditional
 * comments, style and script contents) and Google Docs' bold wrapper.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!\[if[\s\S]*?<!\[endif\]>/gi, "")
    .replace(/<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<(meta|link|img|input|embed|base)\b[^>]*>/gi, "")
    .replace(/<\/?o:p>/gi, "")
    .replace(/<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>([\s\S]*)<\/b>/i, "$1")
    .replace(/\s(?:style|class|id|on[a-z]+)=("[^"]*"|'[^']*'|[^\s>]+)/gi, "");
}
