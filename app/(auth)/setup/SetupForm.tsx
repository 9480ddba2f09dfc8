"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl/react";
import { signInAndOpenNewsroom } from "../sign-in-and-open-newsroom";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { fieldErrorsOf } from "@/lib/validation";
import { setupSchema } from "@/modules/users/schema";
import { createFirstAdminAction } from "./actions";

export function SetupForm({ passwordMin }: { passwordMin: number }) {
  const router = useRouter();
  const { outcome, pending, submit, setOutcome } = useActionForm();
  const errors = outcome.errors;
  const t = useTranslations("auth");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const local = setupSchema.safeParse(input);
    if (!local.success) return setOutcome({ errors: fieldErrorsOf(local.error), message: t("setup.correct"), done: null });
    await submit(async () => {
      const result = await createFirstAdminAction(input);
      if (!result.ok) return refused(result);
      await signInAndOpenNewsroom(router, input.email, input.password);
      return succeeded();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <Field label={t("setup.name")} name="name" autoComplete="name" required errors={errors.name} />
      <Field label={t("signIn.email")} name="email" type="email" autoComplete="username" required errors={errors.email} />
      <Field
        label={t("signIn.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMin}
        errors={errors.password}
        hint={t("passwordHint", { min: passwordMin })}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("setup.submitting") : t("setup.submit")}
      </Button>
    </form>
  );
}
