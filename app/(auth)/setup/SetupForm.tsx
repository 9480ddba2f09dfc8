"use client";

import { useRouter } from "next/navigation";
import { signInAndOpenNewsroom } from "../sign-in-and-open-newsroom";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { setupSchema } from "@/modules/users/schema";
import { createFirstAdminAction } from "./actions";

export function SetupForm({ passwordMin }: { passwordMin: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const local = setupSchema.safeParse(input);
    if (!local.success) {
      setErrors(fieldErrorsOf(local.error));
      setMessage("Please correct the highlighted fields.");
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const result = await createFirstAdminAction(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      await signInAndOpenNewsroom(router, input.email, input.password);
    } catch {
      setMessage(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {message ? <FormAlert>{message}</FormAlert> : null}
      <Field label="Name" name="name" autoComplete="name" required errors={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="username" required errors={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMin}
        errors={errors.password}
        hint={`At least ${passwordMin} characters. A passphrase of a few words is best.`}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
