"use client";

import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { setNewsroomLocaleAction } from "./actions";

/**
 * The newsroom's language for this person: German, English, or automatic (as
 * their browser asks). Saving reloads the page so that every part of it, and
 * <html lang>, speaks the new language at once.
 */
export function LanguageForm({ locale }: { locale: "de" | "en" | null }) {
  const t = useTranslations("profile.language");
  const languages = useTranslations("common.language");
  const [choice, setChoice] = useState<string>(locale ?? "");
  const { outcome, pending, submit } = useActionForm();
  return (
    <form
      className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900"
      aria-labelledby="language-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(async () => {
          const result = await setNewsroomLocaleAction({ locale: choice || null });
          if (!result.ok) return refused(result);
          window.location.reload();
          return succeeded(t("saved"));
        });
      }}
    >
      <h2 id="language-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {outcome.message ? <FormAlert>{outcome.message}</FormAlert> : null}
      <SelectField label={t("label")} name="locale" value={choice} onChange={(e) => setChoice(e.target.value)} hint={t("hint")} errors={outcome.errors.locale}>
        <option value="">{t("automatic")}</option>
        <option value="de" lang="de">
          {languages("de")}
        </option>
        <option value="en" lang="en">
          {languages("en")}
        </option>
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
      <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
        {outcome.done}
      </p>
    </form>
  );
}
