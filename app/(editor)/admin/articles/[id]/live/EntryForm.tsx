"use client";

import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useMessage } from "@/i18n/client";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import { Button } from "@/components/ui/Button";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import { QUOTE_MAX } from "@/modules/live/schema";

export type EntryDraft = { body: BodyDoc; quote: string; quoteBy: string; keyEvent: boolean };

type Props = {
  /** "New entry" or "Edit entry from 14:05": the form's name for screen readers and tests. */
  name: string;
  initial?: EntryDraft;
  submitLabel: string;
  onSubmit: (entry: EntryDraft) => Promise<ActionResult<unknown>>;
  onDone: (message: string) => void;
  onCancel?: () => void;
  pickImage: (insert: (mediaId: string) => void) => void;
};

const blank = (): EntryDraft => ({ body: emptyBody(), quote: "", quoteBy: "", keyEvent: false });

/** Writing one ticker entry: the same rich text as the article body, a quote, and the key-event mark. */
export function EntryForm({ name, initial, submitLabel, onSubmit, onDone, onCancel, pickImage }: Props) {
  const [entry, setEntry] = useState<EntryDraft>(initial ?? blank());
  const [reset, setReset] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("live");
  const { message } = useMessage();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      const result = await onSubmit(entry);
      if (!result.ok) {
        // The text stays as typed: nothing is lost on a refusal or a conflict.
        setErrors(result.fieldErrors ?? {});
        setAlert(result.message);
        return;
      }
      setErrors({});
      setAlert(null);
      if (!initial) {
        setEntry(blank());
        setReset((n) => n + 1);
      }
      onDone(initial ? t("entrySaved") : t("entryPosted"));
    } catch {
      setAlert(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form aria-label={name} onSubmit={submit} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      <RichTextEditor
        label={t("text", { name })}
        placeholder={t("placeholder")}
        value={entry.body}
        resetToken={reset}
        invalid={!!errors.body}
        onChange={(body) => setEntry((e) => ({ ...e, body }))}
        onPickImage={pickImage}
      />
      {errors.body ? <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.body.map(message).join(" ")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextAreaField label={t("quote", { name })} rows={2} maxLength={QUOTE_MAX} value={entry.quote} errors={errors.quote} onChange={(e) => setEntry({ ...entry, quote: e.target.value })} />
        <Field label={t("quoteByField", { name })} value={entry.quoteBy} errors={errors.quoteBy} onChange={(e) => setEntry({ ...entry, quoteBy: e.target.value })} />
      </div>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" checked={entry.keyEvent} onChange={(e) => setEntry({ ...entry, keyEvent: e.target.checked })} />
        {t("keyEvent")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
