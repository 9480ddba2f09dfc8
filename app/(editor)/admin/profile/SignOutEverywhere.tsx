"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import { signOutEverywhereAction } from "./actions";

/** Ends every session of this person on the server (a lost laptop, a shared computer), then this one. */
export function SignOutEverywhere() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("profile.sessions");
  return (
    <section className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="text-sm">{t("intro")}</p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          const result = await signOutEverywhereAction().catch(() => null);
          if (!result?.ok) {
            setError(result?.message ?? UNREACHABLE);
            setPending(false);
            return;
          }
          await signOut({ callbackUrl: "/login" });
        }}
      >
        {t("submit")}
      </Button>
    </section>
  );
}
