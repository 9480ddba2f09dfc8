"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { CopyableLink } from "@/components/ui/CopyableLink";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { useMessage } from "@/i18n/client";
import type { ActionResult } from "@/lib/action-result";

type Shown = { label: string; value: string };

/**
 * The Integrations page's "make one" forms (a key, a webhook): field errors
 * beside the fields, a refusal above the button, and what the server hands
 * out once (a key, a signing secret) shown to copy with a warning that it will
 * not be shown again.
 */
export function CreateForm<T>({
  title,
  submit,
  notCreated,
  onceWarning,
  send,
  shown,
  children,
}: {
  title: string;
  submit: string;
  notCreated: string;
  onceWarning: string;
  /** Sends the form's data; the answer says what to show once (null: nothing). */
  send: (data: FormData) => Promise<ActionResult<T>>;
  shown: (data: T, form: FormData) => Shown | null;
  /** The fields, given their localized errors. */
  children: (errors: Record<string, string[] | undefined>) => ReactNode;
}) {
  const router = useRouter();
  const form = useActionForm();
  const { fieldErrors } = useMessage();
  const [once, setOnce] = useState<Shown | null>(null);
  return (
    <>
      <form
        noValidate
        className="grid max-w-xl gap-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
        onSubmit={(event) => {
          event.preventDefault();
          const element = event.currentTarget;
          const data = new FormData(element);
          void form.submit(async () => {
            const result = await send(data);
            if (!result.ok) return refused(result);
            setOnce(shown(result.data, data));
            element.reset();
            router.refresh();
            return succeeded();
          });
        }}
      >
        <h3 className="font-semibold">{title}</h3>
        {children(fieldErrors(form.outcome.errors))}
        {form.outcome.message && !Object.keys(form.outcome.errors).length ? <FormAlert title={notCreated}>{form.outcome.message}</FormAlert> : null}
        <div>
          <Button type="submit" disabled={form.pending}>
            {submit}
          </Button>
        </div>
      </form>
      {once ? (
        <div className="max-w-xl">
          <CopyableLink label={once.label} url={once.value} />
          <p className="mt-1 text-sm font-semibold text-amber-900 dark:text-amber-200">{onceWarning}</p>
        </div>
      ) : null}
    </>
  );
}
