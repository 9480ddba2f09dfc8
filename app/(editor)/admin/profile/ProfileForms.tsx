"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction, updateProfileAction } from "./actions";

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const router = useRouter();
  const { outcome, pending, submit } = useActionForm();
  return (
    <form
      className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        void submit(async () => {
          const result = await updateProfileAction({ name: form.get("name"), bio: form.get("bio") });
          if (!result.ok) return refused(result);
          router.refresh();
          return succeeded("Profile saved");
        });
      }}
    >
      <h2 className="text-lg font-bold">Name and bio</h2>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <Field label="Name" name="name" defaultValue={name} errors={outcome.errors.name} />
      <TextAreaField label="Bio" name="bio" rows={4} defaultValue={bio} errors={outcome.errors.bio} hint="Shown on your author page." />
      <Button type="submit" disabled={pending}>
        Save profile
      </Button>
      <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
        {outcome.done}
      </p>
    </form>
  );
}

export function PasswordForm({ email, passwordMin }: { email: string; passwordMin: number }) {
  const { outcome, pending, submit } = useActionForm();
  return (
    <form
      className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const newPassword = String(form.get("newPassword") ?? "");
        void submit(async () => {
          const result = await changePasswordAction({ currentPassword: form.get("currentPassword"), newPassword });
          if (!result.ok) return refused(result);
          // The change signed out every session, this one included: sign in again with the new password.
          await signIn("credentials", { email, password: newPassword, redirect: false });
          formElement.reset();
          return succeeded("Password changed. Your other sessions are signed out.");
        });
      }}
    >
      <h2 className="text-lg font-bold">Change password</h2>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={outcome.errors.currentPassword} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={outcome.errors.newPassword}
        hint={`At least ${passwordMin} characters.`}
      />
      <Button type="submit" disabled={pending}>
        Change password
      </Button>
      <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
        {outcome.done}
      </p>
    </form>
  );
}
