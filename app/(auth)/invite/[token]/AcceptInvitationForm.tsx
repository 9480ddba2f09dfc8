"use client";

import { useRouter } from "next/navigation";
import { signInAndOpenNewsroom } from "../../sign-in-and-open-newsroom";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { FieldErrors } from "@/lib/errors";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, email, passwordMin }: { token: string; email: string; passwordMin: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPending(true);
    setMessage(null);
    try {
      const result = await acceptInvitationAction({ token, password });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      await signInAndOpenNewsroom(router, email, password);
    } catch {
      setMessage(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
        hint={`At least ${passwordMin} characters. A passphrase of a few words is best.`}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Set password and sign in"}
      </Button>
    </form>
  );
}
