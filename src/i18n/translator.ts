import { createTranslator } from "use-intl/core";
import { SITE_TIME_ZONE } from "@/lib/dates";
import { CATALOGUES } from "./catalogues";
import { FORMATS } from "./formats";
import { FORMAT_TAGS, type NewsroomLocale } from "./locales";
import { localize, type Translate } from "./message";

/** All messages of one language, dates in the site's time zone. Usable anywhere (server, tests, scripts). */
export function translatorFor(locale: NewsroomLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], timeZone: SITE_TIME_ZONE, formats: FORMATS });
}

/** A message made by `msg` (or plain text) in the given language. */
export function messageIn(locale: NewsroomLocale, text: string): string {
  const t = translatorFor(locale) as unknown as Translate;
  return localize(t, text);
}

/** The tag Intl formats take for a newsroom language. */
export function formatTag(locale: NewsroomLocale) {
  return FORMAT_TAGS[locale];
}
