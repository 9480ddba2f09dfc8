// Turning what a reader types into a safe full-text query, and a snippet with
// marks into parts React can render (no HTML from the index ever reaches a page).

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
const MAX_TERMS = 8;

/** The words a reader typed: runs of letters and digits only, so no query syntax ever reaches an index. */
export function searchTerms(input: string): string[] {
  return (input.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

const UMLAUTS: [string, string][] = [
  ["ä", "ae"],
  ["ö", "oe"],
  ["ü", "ue"],
];

/**
 * The German spellings of one word that should find each other: ß and ss
 * ("Strasse" finds "Straßen", "Straße" finds the Swiss "Strasse"), ä/ö/ü and
 * ae/oe/ue ("Gespraeche" finds "Gespräche", "Müller" finds "Mueller"), both
 * ways. Both indexes fold the umlaut to its vowel themselves (FTS5's
 * remove_diacritics, PostgreSQL's unaccent), so the variants only need the
 * other spelling. At most four per word: the word first.
 */
export function spellingVariants(word: string): string[] {
  const lower = word.toLocaleLowerCase("de-DE");
  let variants = [lower];
  const swap = (from: string, to: string) => {
    for (const v of [...variants]) if (v.includes(from)) variants.push(v.replaceAll(from, to));
  };
  swap("ß", "ss");
  if (!lower.includes("ß")) swap("ss", "ß");
  for (const [umlaut, spelled] of UMLAUTS) {
    swap(umlaut, spelled);
    swap(spelled, umlaut);
  }
  variants = [...new Set(variants)];
  return variants.slice(0, 4);
}

/** For FTS5: each word as a quoted prefix term, its spellings as alternatives: `("strasse"* OR "straße"*)`. Null when nothing is searchable. */
export function toPrefixQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const variants = spellingVariants(t);
      return variants.length === 1 ? `"${variants[0]}"*` : `(${variants.map((v) => `"${v}"*`).join(" OR ")})`;
    })
    .join(" ");
}

/** For PostgreSQL's to_tsquery: every word as a prefix, all required, its spellings as alternatives: `(strasse:* | straße:*) & kreml:*`. Null when nothing is searchable. */
export function toTsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms
    .map((t) => {
      const variants = spellingVariants(t);
      return variants.length === 1 ? `${variants[0]}:*` : `(${variants.map((v) => `${v}:*`).join(" | ")})`;
    })
    .join(" & ");
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
