"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";

// One message for every failure, so the form does not tell whether an account exists.
const FAILED = "Sign-in failed: the email or the password is wrong.";
const THROTTLED_PREFIX = "THROTTLED:"; // matches src/modules/auth/service.ts
const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

function describe(error: string): string {
  if (!error.startsWith(THROTTLED_PREFIX)) return FAILED;
  const retryAt = new Date(error.slice(THROTTLED_PREFIX.length));
  const time = Number.isNaN(retryAt.getTime()) ? "in 15 minutes" : `at ${clock.format(retryAt)}`;
  return `Too many failed sign-ins. For your account's safety, try again ${time}, or ask an administrator to unlock your account.`;
}

export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

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
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
