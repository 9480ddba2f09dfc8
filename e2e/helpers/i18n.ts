import { test as base } from "@playwright/test";
import { translatorFor } from "../../src/i18n/translator";

// The newsroom speaks the browser's language until a person chooses one. The
// core journeys run twice (playwright.config.ts: "journeys" in English,
// "journeys-de" in German) and find every control by the catalogue's words
// through `t`, so both languages are checked by the same steps.

export type NewsroomT = ReturnType<typeof translatorFor>;

export const test = base.extend<{ t: NewsroomT }>({
  t: async ({ locale }, use) => {
    await use(translatorFor(locale?.toLowerCase().startsWith("de") ? "de" : "en"));
  },
});

export { expect } from "@playwright/test";
