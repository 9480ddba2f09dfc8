import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { config } from "@server/config.mjs";
import { getCurrentUser } from "@/modules/auth/session";
import { negotiateLocale, type NewsroomLocale } from "./locales";
import { translatorFor } from "./translator";

/**
 * The language the newsroom speaks to the person making this request: the
 * one they chose in their profile; before they choose, what their browser
 * asks for (Accept-Language); with neither, the site's (NEWSROOM_LOCALE).
 * Memoised per request.
 */
export const getNewsroomLocale = cache(async (): Promise<NewsroomLocale> => {
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  return negotiateLocale((await headers()).get("accept-language")) ?? config().newsroomLocale;
});

/** The translator for this request's person. */
export async function getTranslator() {
  return translatorFor(await getNewsroomLocale());
}
