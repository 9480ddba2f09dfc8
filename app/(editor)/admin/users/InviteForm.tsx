"use client";

import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { CopyableLink } from "@/components/ui/CopyableLink";
import { Field, SelectField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { FieldErrors } from "@/lib/errors";
import { ROLES } from "@/modules/users/schema";
import { inviteUserAction } from "./actions";

export function InviteForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [mailedTo, setMailedTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("users");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    setMessage(null);
    setLink(null);
    try {
      const result = await inviteUserAction({ name: form.get("name"), email: form.get("email"), role: form.get("role") });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      setErrors({});
      setLink(new URL(result.data.invitePath, window.location.origin).toString());
      setMailedTo(result.data.mailed ? String(form.get("email") ?? "") : null);
      formElement.reset();
    } catch {
      setMessage(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="invite-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="invite-heading" className="text-lg font-bold">
        {t("invite.heading")}
      </h2>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        {t("invite.intro")}
      </p>
      <form onSubmit={onSubmit} className="mt-4 grid gap-4 sm:grid-cols-[1fr_1fr_12rem_auto] sm:items-start" noValidate>
        <Field label={t("name")} name="name" required errors={errors.name} />
        <Field label={t("email")} name="email" type="email" required errors={errors.email} />
        <SelectField label={t("invite.role")} name="role" defaultValue="AUTHOR" errors={errors.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roleOption.${r}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? t("invite.creating") : t("invite.submit")}
        </Button>
      </form>
      {message ? (
        <div className="mt-4">
          <FormAlert>{message}</FormAlert>
        </div>
      ) : null}
      {link ? <CopyableLink label={t("invite.link")} url={link} className="mt-4" /> : null}
      {link && mailedTo ? <p className="mt-1 text-sm text-green-800 dark:text-green-300">{t("mailed", { email: mailedTo })}</p> : null}
    </section>
  );
}
