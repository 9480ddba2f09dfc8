"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import type { TermRow } from "@/modules/taxonomy/queries";
import { createTermAction, removeTermAction, renameTermAction } from "./actions";

type Kind = "section" | "tag";

export function TermManager({ kind, terms }: { kind: Kind; terms: TermRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const t = useTranslations("taxonomy");

  async function apply(work: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>, success: string) {
    const result = await work();
    if (!result.ok) {
      const details = Object.values(result.fieldErrors ?? {}).flat().join(" ");
      setMessage(details || result.message || t("failed"));
      setDone(null);
      return false;
    }
    setMessage(null);
    setDone(success);
    router.refresh();
    return true;
  }

  return (
    <section aria-labelledby={`${kind}-heading`} className="space-y-4">
      <h2 id={`${kind}-heading`} className="text-xl font-bold">
        {t(`many.${kind}`)}
      </h2>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <p role="status" className="min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {done}
      </p>
      <form
        className="flex flex-wrap items-end gap-3"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const name = String(new FormData(form).get("name") ?? "");
          if (await apply(() => createTermAction(kind, { name }), t(`created.${kind}`, { name: name.trim() }))) form.reset();
        }}
      >
        <Field label={t(`new.${kind}`)} name="name" className="w-64" />
        <Button type="submit">{t(`add.${kind}`)}</Button>
      </form>
      {terms.length === 0 ? (
        <p className="text-sm">{t(`none.${kind}`)}</p>
      ) : (
        <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
          {terms.map((term) => (
            <TermRowEditor key={term.id} kind={kind} term={term} others={terms.filter((t) => t.id !== term.id)} apply={apply} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TermRowEditor({
  kind,
  term,
  others,
  apply,
}: {
  kind: Kind;
  term: TermRow;
  others: TermRow[];
  apply: (work: () => Promise<{ ok: boolean }>, success: string) => Promise<boolean>;
}) {
  const [name, setName] = useState(term.name);
  const [moveTo, setMoveTo] = useState("");
  const inUse = term.articleCount > 0;
  const t = useTranslations("taxonomy");
  const [confirm, dialog] = useConfirm();
  return (
    <li className="flex flex-wrap items-end gap-3 p-3">
      <div>
        <label htmlFor={`name-${term.id}`} className="block text-xs font-semibold">
          {t(`nameOf.${kind}`, { name: term.name })}
        </label>
        <input
          id={`name-${term.id}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="mt-1 rounded border border-neutral-400 px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900"
        />
      </div>
      <Button type="button" variant="secondary" disabled={name === term.name} onClick={() => void apply(() => renameTermAction(kind, term.id, { name }), t("renamed", { name }))}>
        {t("rename")}
      </Button>
      <span className="text-sm text-neutral-600 dark:text-neutral-400">
        {t("facts", { slug: term.slug, count: term.articleCount })}
      </span>
      {inUse ? (
        <div>
          <label htmlFor={`move-${term.id}`} className="block text-xs font-semibold">
            {t("moveTo")}
          </label>
          <select
            id={`move-${term.id}`}
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
            className="mt-1 rounded border border-neutral-400 px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900"
          >
            <option value="">{kind === "section" ? t("chooseSection") : t("noOtherTag")}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Button
        type="button"
        variant="danger"
        aria-label={t(`removeLabel.${kind}`, { name: term.name })}
        onClick={() => {
          const question = inUse ? t(`confirmInUse.${moveTo ? "move" : kind}`, { name: term.name, count: term.articleCount }) : t("confirm", { name: term.name });
          void confirm({ title: question, confirmLabel: t("remove"), danger: true }).then((yes) => yes && apply(() => removeTermAction(kind, term.id, moveTo), t("removed", { name: term.name })));
        }}
      >
        {t("remove")}
      </Button>
      {dialog}
    </li>
  );
}
