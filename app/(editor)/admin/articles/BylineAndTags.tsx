"use client";

import { useId, useState } from "react";
import { useFormatter, useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { TagOption } from "@/modules/articles/queries";
import { useMessage } from "@/i18n/client";
import { createTermAction } from "../sections/actions";

type Person = { id: string; name: string };

/**
 * Tags: the chosen ones as removable chips; typing suggests existing tags
 * (by any part of the name) and, for people who may manage tags, offers to
 * create the one that does not exist yet, without leaving the article.
 */
export function TagPicker({
  tags: known,
  selected,
  onChange,
  disabled,
  canCreate,
}: {
  tags: TagOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
  /** Whether this person may create tags here (taxonomy.manage; the service checks again). */
  canCreate: boolean;
}) {
  const [created, setCreated] = useState<TagOption[]>([]);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations("articles.tags");
  const { message } = useMessage();
  const tags = [...known, ...created.filter((c) => !known.some((k) => k.id === c.id))];
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const wanted = typed.trim();
  const fold = (s: string) => s.toLocaleLowerCase("de-DE");
  const suggestions = wanted ? tags.filter((tag) => !selected.includes(tag.id) && fold(tag.name).includes(fold(wanted))).slice(0, 8) : [];
  const exact = tags.find((tag) => fold(tag.name) === fold(wanted));
  const inputId = useId();
  const listId = useId();

  function pick(tag: TagOption) {
    if (!selected.includes(tag.id)) onChange([...selected, tag.id]);
    setTyped("");
    setError(null);
  }
  async function create() {
    if (!canCreate || !wanted) return;
    setBusy(true);
    try {
      const result = await createTermAction("tag", { name: wanted });
      if (!result.ok) return setError(message(result.fieldErrors?.name?.[0] ?? result.message));
      const tag = { id: result.data.id, name: result.data.name };
      setCreated((all) => [...all, tag]);
      pick(tag);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset data-check="tags">
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      {selected.length > 0 ? (
        <ul aria-label={t("chosen")} className="mt-2 flex flex-wrap gap-1 text-sm">
          {selected.map((id) => (
            <li key={id} className="flex items-center gap-1 rounded bg-neutral-100 py-0.5 pl-2 pr-1 dark:bg-neutral-800">
              {byId.get(id)?.name ?? "…"}
              {disabled ? null : (
                <button
                  type="button"
                  aria-label={t("removeLabel", { name: byId.get(id)?.name ?? "" })}
                  onClick={() => onChange(selected.filter((s) => s !== id))}
                  className="rounded px-1 font-bold hover:bg-neutral-300 dark:hover:bg-neutral-600"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("noneChosen")}</p>
      )}
      {disabled ? null : (
        <div className="mt-2">
          <label htmlFor={inputId} className="block text-sm">
            {t("add")}
          </label>
          <input
            id={inputId}
            value={typed}
            aria-describedby={listId}
            autoComplete="off"
            onChange={(e) => {
              setTyped(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              // Enter takes the exact match, else the first suggestion, else creates it; never submits the article form.
              e.preventDefault();
              const match = exact ?? suggestions[0];
              if (match) pick(match);
              else void create();
            }}
            className="mt-1 w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          <div id={listId} aria-live="polite" className="mt-1 space-y-1 text-sm">
            {suggestions.length > 0 ? (
              <ul aria-label={t("suggestions")} className="flex flex-wrap gap-1">
                {suggestions.map((tag) => (
                  <li key={tag.id}>
                    <button type="button" onClick={() => pick(tag)} className="rounded border border-neutral-400 px-2 py-0.5 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
                      {tag.name}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {wanted && !exact ? (
              canCreate ? (
                <Button type="button" variant="secondary" className="px-2 py-1" disabled={busy} onClick={() => void create()}>
                  {t("create", { name: wanted })}
                </Button>
              ) : suggestions.length === 0 ? (
                <p className="text-neutral-600 dark:text-neutral-400">{t("cannotCreate")}</p>
              ) : null
            ) : null}
            {error ? (
              <p role="alert" className="text-red-700 dark:text-red-300">
                {error}
              </p>
            ) : null}
          </div>
        </div>
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
