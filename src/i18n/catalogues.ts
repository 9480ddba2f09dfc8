import de from "./messages/de.json";
import en from "./messages/en.json";
import type { NewsroomLocale } from "./locales";

/** The newsroom's message catalogues: English is the reference shape, German must match it key for key (catalogues.test.ts). */
export const CATALOGUES: Record<NewsroomLocale, typeof en> = { de, en };
export type Catalogue = typeof en;
