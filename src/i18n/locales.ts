// The newsroom's languages. The reader site is German whatever the person
// reading it prefers; the newsroom speaks each person's language.

export const LOCALES = ["de", "en"] as const;
export type NewsroomLocale = (typeof LOCALES)[number];

/** The tags dates and numbers are formatted with: German as in Germany, English as in Britain (day before month, 24-hour clock). */
export const FORMAT_TAGS: Record<NewsroomLocale, string> = { de: "de-DE", en: "en-GB" };

export function isLocale(value: unknown): value is NewsroomLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an Accept-Language header ("de-AT,de;q=0.9,en;q=0.8"),
 * or null when it asks for neither: quality values decide, a region counts for
 * its language, "*" and q=0 choose nothing.
 */
export function negotiateLocale(header: string | null | undefined): NewsroomLocale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.language).find(isLocale) ?? null;
}
