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
const newsroom = new Intl.DateTimeFormat("en-GB", {
  timeZone: SITE_TIME_ZONE,
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "12. Februar 2025, 14:05 Uhr" */
export function formatDateTimeDe(iso: string): string {
  return `${dateTime.format(new Date(iso))} Uhr`;
}

/** "12. Februar 2025" */
export function formatDateDe(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/** Newsroom lists: "12 Feb 2025, 14:05" (Berlin time). */
export function formatNewsroomDate(iso: string): string {
  return newsroom.format(new Date(iso));
}
