"use client";

import type { ChangeEvent } from "react";
import { useTranslations } from "use-intl/react";
import { Field, TextAreaField } from "@/components/ui/Field";
import type { FieldErrors } from "@/lib/errors";
import { LIMITS } from "@/modules/articles/schema";

type Key = "seoTitle" | "seoDescription" | "updateNote";
type Props = {
  published: boolean;
  values: Record<Key, string>;
  onChange: (key: Key) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  errors: FieldErrors;
  readOnly: boolean;
};

/** The update note for corrections (published articles only) and the search/social overrides. */
export function SeoAndCorrection({ published, values, onChange, errors, readOnly }: Props) {
  const t = useTranslations("articles.seo");
  const textArea = (key: Key, label: string, rows: number, hint: string, className?: string) => (
    <TextAreaField
      label={label}
      value={values[key]}
      onChange={onChange(key)}
      maxLength={LIMITS[key]}
      rows={rows}
      errors={errors[key]}
      readOnly={readOnly}
      hint={hint}
      className={className}
    />
  );
  return (
    <>
      {published ? textArea("updateNote", t("updateNote"), 2, t("updateNoteHint")) : null}
      <details className="rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900" open={!!(values.seoTitle || values.seoDescription)}>
        <summary className="cursor-pointer text-sm font-semibold">{t("summary")}</summary>
        <Field label={t("title")} value={values.seoTitle} onChange={onChange("seoTitle")} maxLength={LIMITS.seoTitle} errors={errors.seoTitle} readOnly={readOnly} hint={t("titleHint")} className="mt-3" />
        {textArea("seoDescription", t("description"), 3, t("descriptionHint"), "mt-3")}
      </details>
    </>
  );
}
