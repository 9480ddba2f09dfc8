"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl/react";
import { signInAndOpenNewsroom } from "../../sign-in-and-open-newsroom";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email, passwordMin, reset = false }: { token: string; email: string; passwordMin: number; reset?: boolean }) {
  const router = useRouter();
  const { outcome, pending, submit } = useActionForm();
  const t = useTranslations("auth");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    await submit(async () => {
      const result = await acceptInvitationAction({ token, password });
      if (!result.ok) return refused(result);
      await signInAndOpenNewsroom(router, email, password);
      return succeeded();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <Field
        label={t("signIn.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        errors={outcome.errors.password}
        hint={t("passwordHint", { min: passwordMin })}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("invite.submitting") : reset ? t("reset.submit") : t("invite.submit")}
      </Button>
    </form>
  );
}
