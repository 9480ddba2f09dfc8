"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
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
  const t = useTranslations("profile");
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
            return succeeded(t("saved"));
          });
        }}
      >
        <h2 className="text-lg font-bold">{t("nameAndBio")}</h2>
        {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
        <Field label={t("name")} name="name" defaultValue={name} errors={outcome.errors.name} />
        <TextAreaField label={t("bio")} name="bio" rows={4} defaultValue={bio} errors={outcome.errors.bio} hint={t("bioHint", { path })} />
        <fieldset>
          <legend className="text-sm font-semibold">{t("photo")}</legend>
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={photo.thumbUrl} alt={photo.alt} className="mt-1 h-24 w-24 rounded-full object-cover" />
          ) : (
            <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("noPhoto")}</p>
          )}
          <div className="mt-2 flex gap-2">
            <Button type="button" variant="secondary" onClick={() => picker.open(t("pickerTitle"), (media) => setPhoto({ id: media.id, thumbUrl: media.thumbUrl, alt: media.alt }))}>
              {photo ? t("changePhoto") : t("choosePhoto")}
            </Button>
            {photo ? (
              <Button type="button" variant="secondary" onClick={() => setPhoto(null)}>
                {t("removePhoto")}
              </Button>
            ) : null}
          </div>
          {outcome.errors.photoId ? <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{outcome.errors.photoId.join(" ")}</p> : null}
        </fieldset>

        <Button type="submit" disabled={pending}>
          {t("save")}
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
  const t = useTranslations("profile.password");
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
          return succeeded(t("changed"));
        });
      }}
    >
      <h2 className="text-lg font-bold">{t("heading")}</h2>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <Field label={t("current")} name="currentPassword" type="password" autoComplete="current-password" errors={outcome.errors.currentPassword} />
      <Field
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={outcome.errors.newPassword}
        hint={t("hint", { min: passwordMin })}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
      <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
        {outcome.done}
      </p>
    </form>
  );
}
