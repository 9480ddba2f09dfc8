"use client";

import { Button } from "@/components/ui/Button";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import type { MediaItem } from "@/modules/media/dto";
import { MEDIA_LIMITS } from "@/modules/media/schema";
import { useState } from "react";
import { updateImageDetailsAction } from "./actions";

/** Alt text, caption and credit of one image; `onSaved` gets the image as stored. */
export function ImageDetailsForm({ media, onSaved, submitLabel = "Save details" }: { media: MediaItem; onSaved: (media: MediaItem) => void; submitLabel?: string }) {
  const [values, setValues] = useState({ alt: media.alt, caption: media.caption, credit: media.credit });
  const { outcome, pending, submit } = useActionForm();
  const set = (key: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const readOnly = !media.permissions.edit;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        e.stopPropagation(); // inside the article form's React tree (picker): not a save of the article
        void submit(async () => {
          const unchanged = values.alt === media.alt && values.caption === media.caption && values.credit === media.credit;
          if (unchanged && media.alt) {
            onSaved(media);
            return succeeded();
          }
          const result = await updateImageDetailsAction({ id: media.id, version: media.version }, values);
          if (!result.ok) return refused(result);
          onSaved(result.data);
          return succeeded("Details saved");
        });
      }}
    >
      {outcome.message ? <FormAlert title="Not saved">{outcome.message}</FormAlert> : null}
      {readOnly ? <p className="text-sm text-neutral-600 dark:text-neutral-400">Only the uploader or an editor can change these details.</p> : null}
      <TextAreaField
        label="Alt text (required)"
        rows={2}
        value={values.alt}
        onChange={set("alt")}
        maxLength={MEDIA_LIMITS.alt}
        errors={outcome.errors.alt}
        readOnly={readOnly}
        hint="What the picture shows, for people who cannot see it, e.g. „Donald Trump und Wladimir Putin beim Handschlag in Helsinki“."
      />
      <TextAreaField label="Caption" rows={2} value={values.caption} onChange={set("caption")} maxLength={MEDIA_LIMITS.caption} errors={outcome.errors.caption} readOnly={readOnly} />
      <Field label="Credit" value={values.credit} onChange={set("credit")} maxLength={MEDIA_LIMITS.credit} errors={outcome.errors.credit} readOnly={readOnly} hint="As printed, e.g. Foto: dpa" />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || (readOnly && !media.alt)}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {outcome.done ? (
          <span role="status" className="text-sm text-green-800 dark:text-green-300">
            {outcome.done}
          </span>
        ) : null}
      </div>
    </form>
  );
}
