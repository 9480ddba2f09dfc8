"use client";

import { useTranslations } from "use-intl/react";
import { bodyText, type BodyDoc } from "@/modules/articles/body";

const WORDS_PER_MINUTE = 200; // German news copy, read on a screen

export function countWords(text: string) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Characters, words and reading time of the body, and a length hint for the headline. */
export function Counters({ headline, teaser, body }: { headline: string; teaser: string; body: BodyDoc }) {
  const text = bodyText(body);
  const words = countWords(text);
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  const t = useTranslations("articles.counters");
  const headlineHint = headline.length === 0 ? null : headline.length > 80 ? t("long", { count: headline.length }) : headline.length < 20 ? t("short", { count: headline.length }) : null;
  return (
    <div className="text-xs text-neutral-600 dark:text-neutral-400" aria-label={t("label")}>
      <p>{t("body", { chars: text.length, words, minutes, teaser: teaser.length })}</p>
      {headlineHint ? <p className="mt-1 text-amber-800 dark:text-amber-300">{headlineHint}</p> : null}
    </div>
  );
}
