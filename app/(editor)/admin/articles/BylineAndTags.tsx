"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { TagOption } from "@/modules/articles/queries";

type Person = { id: string; name: string };

/** Tags: a filterable list of checkboxes (editors create tags under Sections & tags). */
export function TagPicker({ tags, selected, onChange, disabled }: { tags: TagOption[]; selected: string[]; onChange: (ids: string[]) => void; disabled?: boolean }) {
  const [filter, setFilter] = useState("");
  const shown = tags.filter((tag) => tag.name.toLocaleLowerCase("de").includes(filter.toLocaleLowerCase("de")));
  const t = useTranslations("articles.tags");
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      {tags.length === 0 ? (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("none")}</p>
      ) : (
        <>
          {tags.length > 8 ? (
            <input
              aria-label={t("filter")}
              placeholder={t("filterPlaceholder")}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="mt-1 w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
            />
          ) : null}
          <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto text-sm">
            {shown.map((tag) => (
              <li key={tag.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    disabled={disabled}
                    checked={selected.includes(tag.id)}
                    onChange={(e) => onChange(e.target.checked ? [...selected, tag.id] : selected.filter((id) => id !== tag.id))}
                  />
                  {tag.name}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

/** The byline; editors may change it (its own action), everyone else sees it. */
export function BylineEditor({
  authors,
  people,
  canChange,
  onSave,
}: {
  authors: Person[];
  people: Person[];
  canChange: boolean;
  onSave: (ids: string[]) => Promise<void>;
}) {
  const [ids, setIds] = useState(authors.map((a) => a.id));
  const [adding, setAdding] = useState("");
  const changed = ids.join() !== authors.map((a) => a.id).join();
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? authors.find((a) => a.id === id)?.name ?? "?";
  const t = useTranslations("articles.byline");
  const format = useFormatter();
  if (!canChange) {
    return (
      <div>
        <p className="text-sm font-semibold">{t("legend")}</p>
        <p className="mt-1 text-sm">{t("by", { names: format.list(ids.map(name), { type: "conjunction" }) })}</p>
      </div>
    );
  }
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      <ul className="mt-1 space-y-1 text-sm">
        {ids.map((id) => (
          <li key={id} className="flex items-center justify-between gap-2">
            {name(id)}
            {ids.length > 1 ? (
              <button type="button" className="text-xs underline" aria-label={t("removeLabel", { name: name(id) })} onClick={() => setIds(ids.filter((x) => x !== id))}>
                {t("remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex gap-2">
        <select
          aria-label={t("addLabel")}
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          className="min-w-0 flex-1 rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        >
          <option value="">{t("addPlaceholder")}</option>
          {people
            .filter((p) => !ids.includes(p.id))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </select>
        <Button type="button" variant="secondary" disabled={!adding} onClick={() => (setIds([...ids, adding]), setAdding(""))}>
          {t("add")}
        </Button>
      </div>
      {changed ? (
        <Button type="button" className="mt-2" onClick={() => void onSave(ids)}>
          {t("save")}
        </Button>
      ) : null}
    </fieldset>
  );
}

/** "Mehr zum Thema": published articles the editor puts first below this one; automatic ones by tags and section follow. */
export function RelatedPicker({ options, selected, onChange, disabled }: { options: { id: string; headline: string }[]; selected: string[]; onChange: (ids: string[]) => void; disabled: boolean }) {
  const [adding, setAdding] = useState("");
  const t = useTranslations("articles.related");
  const headline = (id: string) => options.find((o) => o.id === id)?.headline ?? t("gone");
  return (
    <fieldset>
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("intro")}</p>
      <ol className="mt-1 space-y-1 text-sm">
        {selected.map((id) => (
          <li key={id} className="flex items-center justify-between gap-2">
            {headline(id)}
            {!disabled ? (
              <button type="button" className="text-xs underline" aria-label={t("removeLabel", { headline: headline(id) })} onClick={() => onChange(selected.filter((x) => x !== id))}>
                {t("remove")}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {!disabled && selected.length < 5 ? (
        <div className="mt-2 flex gap-2">
          <select
            aria-label={t("addLabel")}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            className="min-w-0 flex-1 rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          >
            <option value="">{t("addPlaceholder")}</option>
            {options
              .filter((o) => !selected.includes(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.headline}
                </option>
              ))}
          </select>
          <Button type="button" variant="secondary" disabled={!adding} aria-label={t("addButton")} onClick={() => (onChange([...selected, adding]), setAdding(""))}>
            {t("add")}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
