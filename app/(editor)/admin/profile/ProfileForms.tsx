"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import type { LeadImageSummary } from "@/modules/articles/dto";
import { useMediaPicker } from "../media/MediaPicker";
import { changePasswordAction, updateProfileAction } from "./actions";

type Photo = Pick<LeadImageSummary, "id" | "thumbUrl" | "alt">;

export function ProfileForm({ name, bio, photo: initialPhoto, path, mediaMaxBytes }: { name: string; bio: string; photo: Photo | null; path: string; mediaMaxBytes: number }) {
  const router = useRouter();
  const { outcome, pending, submit } = useActionForm();
  const [photo, setPhoto] = useState<Photo | null>(initialPhoto);
  const picker = useMediaPicker(mediaMaxBytes);
  return (
    <>
      <form
        className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void submit(async () => {
            const result = await updateProfileAction({ name: form.get("name"), bio: form.get("bio"), photoId: photo?.id ?? null });
            if (!result.ok) return refused(result);
            router.refresh();
            return succeeded("Profile saved");
          });
        }}
      >
        <h2 className="text-lg font-bold">Name and bio</h2>
        {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
        <Field label="Name" name="name" defaultValue={name} errors={outcome.errors.name} />
        <TextAreaField label="Bio" name="bio" rows={4} defaultValue={bio} errors={outcome.errors.bio} hint={<>Shown on your author page, {path}.</>} />
        <fieldset>
          <legend className="text-sm font-semibold">Photo</legend>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={photo.thumbUrl} alt={photo.alt} className="mt-1 h-24 w-24 rounded-full object-cover" />
          ) : (
            <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">None: your author page shows your name and bio.</p>
          )}
          <div className="mt-2 flex gap-2">
            <Button type="button" variant="secondary" onClick={() => picker.open("Choose your photo", (media) => setPhoto({ id: media.id, thumbUrl: media.thumbUrl, alt: media.alt }))}>
              {photo ? "Change photo" : "Choose photo"}
            </Button>
            {photo ? (
              <Button type="button" variant="secondary" onClick={() => setPhoto(null)}>
                Remove photo
              </Button>
            ) : null}
          </div>
          {outcome.errors.photoId ? <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{outcome.errors.photoId.join(" ")}</p> : null}
        </fieldset>

        <Button type="submit" disabled={pending}>
          Save profile
        </Button>
        <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
          {outcome.done}
        </p>
      </form>
      {/* Outside the form: the picker's own buttons must not submit it. */}
      {picker.element}
    </>
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
