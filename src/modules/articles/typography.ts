// German typography as an editor types: straight quotes become „…“ and ‚…‘,
// three dots an ellipsis, a spaced hyphen a dash. Used by the body editor's
// input rules and by the plain text fields.

const OPENING_CONTEXT = /[\s([{\u2013\u2014/„‚-]$|^$/;

/** The German quote for a typed `"` or `'`, given the text just before it. */
export function germanQuote(before: string, typed: '"' | "'"): string {
  const opening = OPENING_CONTEXT.test(before);
  if (typed === '"') return opening ? "„" : "“";
  if (opening) return "‚";
  // Closing ‘ only when a ‚ is open; otherwise it is an apostrophe (geht’s).
  const open = (before.match(/‚/g) ?? []).length - (before.match(/‘/g) ?? []).length;
  return open > 0 ? "‘" : "’";
}

/**
 * Applies the typing rules to a whole string (pasted or already typed text).
 * Idempotent: text that is already typographic stays as it is.
 */
export function germanTypography(text: string): string {
  let out = "";
  for (const char of text) {
    if (char === '"' || char === "'") out += germanQuote(out, char);
    else out += char;
  }
  return out.replace(/\.\.\./g, "…").replace(/(\S) - (?=\S)/g, "$1 – ");
}

/**
 * For a text input: the value after the last keystroke, with the rules applied
 * to it, and where the caret goes. Only the text before the caret changes.
 */
export function typographyOnInput(value: string, caret: number): { value: string; caret: number } {
  const before = value.slice(0, caret);
  const fixed = germanTypography(before);
  return { value: fixed + value.slice(caret), caret: fixed.length };
}
