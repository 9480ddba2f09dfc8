// Reader-facing dates: German format, Berlin time, whatever the server's zone.
export const SITE_TIME_ZONE = "Europe/Berlin";
export const SITE_LOCALE = "de-DE";

const dateTime = new Intl.DateTimeFormat(SITE_LOCALE, {
  timeZone: SITE_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const dateOnly = new Intl.DateTimeFormat(SITE_LOCALE, { timeZone: SITE_TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
// The newsroom's dates, in each person's language, Berlin time: "30.11.2026, 15:08" / "30 Nov 2026, 15:08".
const newsroom = {
  de: new Intl.DateTimeFormat("de-DE", { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }),
};

const timeOnly = new Intl.DateTimeFormat(SITE_LOCALE, { timeZone: SITE_TIME_ZONE, hour: "2-digit", minute: "2-digit" });
const dayShort = new Intl.DateTimeFormat(SITE_LOCALE, { timeZone: SITE_TIME_ZONE, day: "numeric", month: "short" });

/** A ticker entry's time: "14:05", or "1. Dez., 14:05" when it is not from the same Berlin day as `today`. */
export function formatTickerTime(iso: string, today: string): string {
  const date = new Date(iso);
  const sameDay = dateOnly.format(date) === dateOnly.format(new Date(today));
  return sameDay ? timeOnly.format(date) : `${dayShort.format(date)}, ${timeOnly.format(date)}`;
}

/** "12. Februar 2025, 14:05 Uhr" */
export function formatDateTimeDe(iso: string): string {
  return `${dateTime.format(new Date(iso))} Uhr`;
}

/** "12. Februar 2025" */
export function formatDateDe(iso: string): string {
  return dateOnly.format(new Date(iso));
}

const withSeconds = {
  de: new Intl.DateTimeFormat("de-DE", { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" }),
};

/** The audit log's times, to the second: "12.02.2025, 14:05:09" / "12 Feb 2025, 14:05:09" (Berlin time). */
export function formatNewsroomTimestamp(iso: string, locale: "de" | "en"): string {
  return withSeconds[locale].format(new Date(iso));
}

const clock = new Intl.DateTimeFormat("de-DE", { timeZone: SITE_TIME_ZONE, hour: "2-digit", minute: "2-digit" });
const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: SITE_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The desk's times: "14:05" for today (Berlin), else the newsroom date ("12.02.2025, 14:05" / "12 Feb 2025, 14:05"). */
export function formatDeskTime(iso: string, locale: "de" | "en", now = new Date()): string {
  const date = new Date(iso);
  return berlinDay.format(date) === berlinDay.format(now) ? clock.format(date) : formatNewsroomDate(iso, locale);
}

/** Newsroom dates: "12.02.2025, 14:05" in German, "12 Feb 2025, 14:05" in English (Berlin time). */
export function formatNewsroomDate(iso: string, locale: "de" | "en"): string {
  return newsroom[locale].format(new Date(iso));
}

const units = (locale: "de" | "en", unit: "minute" | "hour" | "day") => new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { style: "unit", unit, unitDisplay: "long" });

/**
 * How long something has waited, as a desk says it: "12 Minuten", "3 Stunden",
 * "2 Tage" ("12 minutes", "3 hours", "2 days"); under a minute, "1 Minute".
 */
export function formatWaiting(ms: number, locale: "de" | "en"): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return units(locale, "minute").format(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return units(locale, "hour").format(hours);
  return units(locale, "day").format(Math.floor(hours / 24));
}

const berlinParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: SITE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A UTC instant as Berlin wall time for `<input type="datetime-local">`: "2026-11-27T10:00". */
export function toBerlinInputValue(date: Date): string {
  const p = Object.fromEntries(berlinParts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/**
 * Berlin wall time ("2026-03-29T10:00", as a datetime-local input gives it) to
 * the UTC instant, whatever the browser's or server's own time zone. Returns
 * null for malformed input; a time skipped by the spring DST change moves forward.
 */
export function berlinInputToUtc(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const seconds = Number(m[6] ?? 0);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, seconds);
  // Berlin is UTC+1 or UTC+2: try both offsets and keep the one that reads back as the input.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3600_000);
    if (toBerlinInputValue(candidate) === value.slice(0, 16)) return candidate;
  }
  return new Date(asUtc - 3600_000);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A date or date-time as people and programs send it (ISO 8601, as a
 * datetime-local field gives it) that the database can hold: four-digit years
 * from 1000 to 9999. JavaScript also reads "+010000-01-01" and
 * "-271821-04-20", which neither SQLite's nor PostgreSQL's driver takes.
 */
export function isStorableDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 1000 && year <= 9999 && !Number.isNaN(Date.parse(value));
}
