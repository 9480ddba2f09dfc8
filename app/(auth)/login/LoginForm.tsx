"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import { useTranslations } from "use-intl/react";

const THROTTLED_PREFIX = "THROTTLED:"; // matches src/modules/auth/service.ts

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("auth.signIn");

  // One message for every failure, so the form does not tell whether an account exists.
  function describe(error: string): string {
    if (!error.startsWith(THROTTLED_PREFIX)) return t("failed");
    const retryAt = new Date(error.slice(THROTTLED_PREFIX.length));
    return Number.isNaN(retryAt.getTime()) ? t("throttledLater") : t("throttled", { retryAt });
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(describe(result?.error ?? ""));
        return;
      }
      router.replace(next);
      router.refresh();
    } catch {
      setError(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="username" required />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
