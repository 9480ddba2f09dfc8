// URL slugs from German headlines: umlauts and ß transliterated the German way
// (ä→ae, ö→oe, ü→ue, ß→ss), other accents stripped, everything else a dash.

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", ẞ: "ss" };
export const MAX_SLUG_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(input: string): string {
  const lowered = input.normalize("NFC").toLowerCase();
  const transliterated = lowered.replace(/[äöüßẞ]/g, (c) => GERMAN[c] ?? c);
  const ascii = transliterated.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const dashed = ascii.replace(/&/g, " ").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (dashed.length <= MAX_SLUG_LENGTH) return dashed;
  // Cut at a word boundary so a slug never ends in half a word.
  const cut = dashed.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
