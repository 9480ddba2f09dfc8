"use client";

import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { useNewsroomDate } from "@/i18n/client";
import type { ActionResult } from "@/lib/action-result";
import { normaliseHref } from "@/modules/articles/body";
import type { LinkTarget } from "@/modules/articles/queries";

export type SearchLinks = (query: string) => Promise<ActionResult<LinkTarget[]>>;

type Props = {
  initialHref: string;
  searchLinks?: SearchLinks;
  /** `text`: what to write when nothing is selected (the article's headline, or the address). */
  onApply: (href: string, text: string) => void;
  onRemove: (() => void) | null;
  onClose: () => void;
};

/** The link dialog: an address, checked before it is set, or one of the site's own articles, found by headline. */
export function LinkDialog({ initialHref, searchLinks, onApply, onRemove, onClose }: Props) {
  const t = useTranslations("editor.linkDialog");
  const date = useNewsroomDate();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [href, setHref] = useState(initialHref);
  const [chosen, setChosen] = useState<LinkTarget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<LinkTarget[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  useEffect(() => {
    if (!searchLinks) return;
    let current = true;
    const timer = window.setTimeout(() => {
      searchLinks(query)
        .then((result) => {
          if (!current) return;
          if (result.ok) {
            setResults(result.data);
            setSearchError(null);
          } else setSearchError(result.message);
        })
        .catch(() => current && setSearchError(t("searchFailed")));
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, searchLinks, t]);

  function apply() {
    const normal = normaliseHref(href);
    if (!href.trim()) return setError(t("empty"));
    if (!normal) return setError(t("invalid"));
    onApply(normal, chosen && chosen.url === normal ? chosen.headline : normal.replace(/^mailto:/, ""));
  }

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(36rem,94vw)] rounded-lg p-0 backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <form
        className="space-y-4 p-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // React passes events up through the portal: the article form around the editor must not see this one.
          event.stopPropagation();
          apply();
        }}
      >
        <h2 id={titleId} className="text-lg font-bold">
          {initialHref ? t("editTitle") : t("title")}
        </h2>
        <Field
          label={t("address")}
          type="url"
          inputMode="url"
          autoFocus
          value={href}
          onChange={(e) => {
            setHref(e.target.value);
            setError(null);
          }}
          errors={error ? [error] : undefined}
          hint={t("addressHint")}
        />
        {searchLinks ? (
          <div className="space-y-2">
            <Field label={t("search")} type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint={t("searchHint")} />
            {searchError ? (
              <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                {searchError}
              </p>
            ) : null}
            {results && results.length === 0 ? <p className="text-sm">{t("noResults")}</p> : null}
            {results && results.length > 0 ? (
              <ul aria-label={t("results")} className="max-h-60 divide-y divide-neutral-200 overflow-y-auto rounded border border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800">
                {results.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      aria-pressed={chosen?.id === r.id}
                      onClick={() => {
                        setChosen(r);
                        setHref(r.url);
                        setError(null);
                      }}
                      className="block w-full px-3 py-2 text-left text-sm hover:bg-neutral-100 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-800 dark:aria-pressed:bg-white dark:aria-pressed:text-neutral-900"
                    >
                      <span className="block font-semibold">{r.headline}</span>
                      <span className="block text-xs">
                        {r.sectionName} · <time dateTime={r.publishedAt}>{date(r.publishedAt)}</time>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {onRemove ? (
            <Button type="button" variant="danger" className="mr-auto" onClick={onRemove}>
              {t("remove")}
            </Button>
          ) : null}
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
