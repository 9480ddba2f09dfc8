"use client";

import { useTranslations } from "use-intl/react";
import { useMessage } from "@/i18n/client";
import { msg } from "@/i18n/message";
import type { CheckField, CheckItem } from "@/modules/articles/checklist";

/** Moves the focus to the field a check item is about (marked with data-check="…" in the form). */
export function goToField(field: CheckField) {
  const marked = document.querySelector<HTMLElement>(`[data-check="${field}"]`);
  const target = marked?.matches("input, select, textarea, button, [contenteditable=true]")
    ? marked
    : marked?.querySelector<HTMLElement>("input, select, textarea, button, [contenteditable=true]");
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

/**
 * "Before publishing": the problems that block publishing (red) and the
 * things worth a second look (amber), each a button that goes to its field.
 */
export function PrepublishChecklist({ items }: { items: CheckItem[] }) {
  const t = useTranslations("articles.check");
  const { message } = useMessage();
  const errors = items.filter((i) => i.level === "error").length;
  return (
    <section aria-labelledby="prepublish-title" className="rounded border border-neutral-200 bg-white p-4 text-sm dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="prepublish-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-neutral-700 dark:text-neutral-300">{items.length === 0 ? t("allGood") : t("summary", { errors, warnings: items.length - errors })}</p>
      {items.length > 0 ? (
        <ul className="mt-2 space-y-1">
          {items.map((item) => (
            <li key={`${item.field}-${item.message}`} className="flex gap-2">
              <span
                className={`mt-0.5 shrink-0 rounded px-1.5 text-xs font-semibold ${item.level === "error" ? "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"}`}
              >
                {item.level === "error" ? t("error") : t("warning")}
              </span>
              <button type="button" className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid" onClick={() => goToField(item.field)}>
                {message(msg(item.message, item.values))}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
