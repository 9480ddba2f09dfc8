// Turning what a reader types into a safe full-text query, and a snippet with
// marks into parts React can render (no HTML from the index ever reaches a page).

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
const MAX_TERMS = 8;

/** The words a reader typed: runs of letters and digits only, so no query syntax ever reaches an index. */
export function searchTerms(input: string): string[] {
  return (input.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** For FTS5: each word as a quoted prefix term, `"ukrain"*`. Null when nothing is searchable. */
export function toPrefixQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"*`).join(" ");
}

/** For PostgreSQL's to_tsquery: every word as a prefix, all required, `ukrain:* & kreml:*`. Null when nothing is searchable. */
export function toTsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((t) => `${t}:*`).join(" & ");
}

export type SnippetPart = { text: string; hit: boolean };

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false });
    const end = rest.indexOf(MARK_END, start);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), hit: true });
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
