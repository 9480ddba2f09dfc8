"use client";

import { IntlProvider } from "use-intl/react";
import type { ReactNode } from "react";
import { SITE_TIME_ZONE } from "@/lib/dates";
import { CATALOGUES } from "./catalogues";
import { FORMATS } from "./formats";
import type { NewsroomLocale } from "./locales";

/**
 * The newsroom's messages for client components (useTranslations). Both
 * catalogues ship once in the newsroom's script bundle, which the browser
 * keeps; a page passes only the two letters of the locale, not the messages.
 */
export function IntlClient({ locale, children }: { locale: NewsroomLocale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={CATALOGUES[locale]} timeZone={SITE_TIME_ZONE} formats={FORMATS}>
      {children}
    </IntlProvider>
  );
}
