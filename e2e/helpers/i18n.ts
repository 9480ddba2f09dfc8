import fs from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { FORMATS } from "../../src/i18n/formats";
import type en from "../../src/i18n/messages/en.json";

// The newsroom speaks the browser's language until a person chooses one. The
// core journeys run twice (playwright.config.ts: "journeys" in English,
// "journeys-de" in German) and find every control by the catalogue's words
// through `t`, so both languages are checked by the same steps.

type Messages = typeof en;
const catalogue = (locale: "de" | "en") => JSON.parse(fs.readFileSync(path.resolve("src", "i18n", "messages", `${locale}.json`), "utf8")) as Messages;

export function translatorFor(locale: "de" | "en") {
  return createTranslator({ locale, messages: catalogue(locale), timeZone: "Europe/Berlin", formats: FORMATS });
}

export type NewsroomT = ReturnType<typeof translatorFor>;

export const test = base.extend<{ t: NewsroomT }>({
  t: async ({ locale }, provide) => {
    await provide(translatorFor(locale?.toLowerCase().startsWith("de") ? "de" : "en"));
  },
});

export { expect } from "@playwright/test";
