"use client";

// Labelled form controls with hints and errors wired up for screen readers.
// Errors may be messages from a schema checked in the browser: put into the
// person's words here.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useMessage } from "@/i18n/client";

type Common = { label: string; errors?: string[]; hint?: ReactNode; className?: string };
type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

// A field that cannot be changed (read-only: someone else is editing, or the
// article is not this person's to change) looks it: grey, dashed, no white
// box inviting a click; the text stays fully legible.
const CONTROL =
  "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base dark:border-neutral-600 dark:bg-neutral-900 aria-[invalid=true]:border-red-700 [&[readonly]]:cursor-default [&[readonly]]:border-dashed [&[readonly]]:bg-neutral-100 dark:[&[readonly]]:bg-neutral-800 disabled:cursor-default disabled:border-dashed disabled:bg-neutral-100 disabled:opacity-100 dark:disabled:bg-neutral-800";

function FieldFrame({ label, errors, hint, className, children }: Common & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const { message } = useMessage();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors?.length ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {children({ id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy, className: CONTROL })}
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.map(message).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function Field({ label, errors, hint, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} className={className}>
      {(control) => <input {...control} {...input} />}
    </FieldFrame>
  );
}

export function TextAreaField({ label, errors, hint, className, ...textarea }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} className={className}>
      {(control) => <textarea {...control} {...textarea} />}
    </FieldFrame>
  );
}

export function SelectField({ label, errors, hint, className, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} errors={errors} hint={hint} className={className}>
      {(control) => (
        <select {...control} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
