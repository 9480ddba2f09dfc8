"use client";

import type { ChangeEvent } from "react";
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
      {published ? textArea("updateNote", "Update note", 2, "For corrections: shown to readers as “Aktualisiert am …” with this note.") : null}
      <details className="rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900" open={!!(values.seoTitle || values.seoDescription)}>
        <summary className="cursor-pointer text-sm font-semibold">Search and social</summary>
        <Field label="SEO title" value={values.seoTitle} onChange={onChange("seoTitle")} maxLength={LIMITS.seoTitle} errors={errors.seoTitle} readOnly={readOnly} hint="Empty: the headline is used." className="mt-3" />
        {textArea("seoDescription", "SEO description", 3, "Empty: the teaser is used.", "mt-3")}
      </details>
    </>
  );
}
