// Turning what an editor pastes into article structure.
import { germanTypography } from "./typography";
import type { BodyBlock, BodyDoc } from "./body";

export type ParsedArticle = { headline: string; teaser: string; body: BodyDoc };

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
  const body: BodyBlock[] = rest.map((line) =>
    looksLikeSubheading(line)
      ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: line }] }
      : { type: "paragraph", content: [{ type: "text", text: line }] },
  );
  return { headline, teaser, body: { type: "doc", content: body } };
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
