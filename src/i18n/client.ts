"use client";

import { useLocale, useTranslations } from "use-intl/react";
import { formatNewsroomDate } from "@/lib/dates";
import { localize, localizeFieldErrors, type Translate } from "./message";

/** Puts messages from the server (or a schema checked in the browser) into the person's words. */
export function useMessage() {
  const t = useTranslations() as unknown as Translate;
  return {
    message: (text: string) => localize(t, text),
    fieldErrors: (errors: Record<string, string[] | undefined>) => localizeFieldErrors(t, errors),
  };
}

/** Newsroom dates in the person's language, Berlin time: "30.11.2026, 15:08" / "30 Nov 2026, 15:08". */
export function useNewsroomDate() {
  const locale = useLocale();
  return (iso: string) => formatNewsroomDate(iso, locale);
}
