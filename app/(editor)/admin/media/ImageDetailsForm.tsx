"use client";

import { Button } from "@/components/ui/Button";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import type { MediaItem } from "@/modules/media/dto";
import { MEDIA_LIMITS } from "@/modules/media/schema";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { updateImageDetailsAction } from "./actions";

/** Alt text, caption and credit of one image; `onSaved` gets the image as stored. */
export function ImageDetailsForm({ media, onSaved, submitLabel }: { media: MediaItem; onSaved: (media: MediaItem) => void; submitLabel?: string }) {
  const t = useTranslations("media.details");
  const [values, setValues] = useState({ alt: media.alt, caption: media.caption, credit: media.credit });
  const { outcome, pending, submit } = useActionForm();
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const readOnly = !media.permissions.edit;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation(); // inside the article form's React tree (picker): not a save of the article
        void submit(async () => {
          const unchanged = values.alt === media.alt && values.caption === media.caption && values.credit === media.credit;
          if (unchanged && media.alt) {
            onSaved(media);
            return succeeded();
          }
          const result = await updateImageDetailsAction({ id: media.id, version: media.version }, values);
          if (!result.ok) return refused(result);
          onSaved(result.data);
          return succeeded(t("saved"));
        });
      }}
    >
      {outcome.message ? <FormAlert title={t("notSaved")}>{outcome.message}</FormAlert> : null}
      {readOnly ? <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("readOnly")}</p> : null}
      <TextAreaField
        label={t("alt")}
        rows={2}
        value={values.alt}
        onChange={set("alt")}
        maxLength={MEDIA_LIMITS.alt}
        errors={outcome.errors.alt}
        readOnly={readOnly}
        hint={t("altHint")}
      />
      <TextAreaField label={t("caption")} rows={2} value={values.caption} onChange={set("caption")} maxLength={MEDIA_LIMITS.caption} errors={outcome.errors.caption} readOnly={readOnly} />
      <Field label={t("credit")} value={values.credit} onChange={set("credit")} maxLength={MEDIA_LIMITS.credit} errors={outcome.errors.credit} readOnly={readOnly} hint={t("creditHint")} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || (readOnly && !media.alt)}>
          {pending ? t("saving") : (submitLabel ?? t("save"))}
        </Button>
        {outcome.done ? (
          <span role="status" className="text-sm text-green-800 dark:text-green-300">
            {outcome.done}
          </span>
        ) : null}
      </div>
    </form>
  );
}
