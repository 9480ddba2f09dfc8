"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { DataTable } from "@/components/ui/DataTable";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { useNewsroomDate } from "@/i18n/client";
import type { ApiKeyRow } from "@/modules/content-api/keys";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";
import { CreateForm } from "./CreateForm";

/** Content API keys: made here (shown once), listed with their last use, revoked with a question. */
export function ApiKeys({ keys, docs }: { keys: ApiKeyRow[]; docs: string }) {
  const t = useTranslations("integrations.keys");
  const date = useNewsroomDate();
  const router = useRouter();
  const [confirm, dialog] = useConfirm();
  const [error, setError] = useState<string | null>(null);

  return (
    <section aria-labelledby="keys-title" className="space-y-4">
      <h2 id="keys-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="max-w-prose text-sm">
        {t.rich("intro", { docs: (chunks) => <a href={docs} className="underline">{chunks}</a> })}
      </p>
      {keys.length > 0 ? (
        <DataTable caption={t("caption")} columns={[t("name"), t("key"), t("origins"), t("rate"), t("lastUsed"), t("status")]}>
          {keys.map((k) => (
            <tr key={k.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
              <td className="px-3 py-2 font-semibold">{k.name}</td>
              <td className="px-3 py-2 font-mono text-xs">{k.prefix}…</td>
              <td className="px-3 py-2 text-xs">{k.corsOrigins.length ? k.corsOrigins.join(", ") : t("noOrigins")}</td>
              <td className="px-3 py-2">{t("perMinute", { n: k.rateLimit })}</td>
              <td className="px-3 py-2 whitespace-nowrap">{k.lastUsedAt ? <time dateTime={k.lastUsedAt}>{date(k.lastUsedAt)}</time> : t("never")}</td>
              <td className="px-3 py-2">
                {k.revokedAt ? (
                  <span>{t("revokedAt", { at: date(k.revokedAt) })}</span>
                ) : (
                  <Button
                    type="button"
                    variant="danger"
                    className="px-2 py-1"
                    aria-label={t("revokeLabel", { name: k.name })}
                    onClick={async () => {
                      if (!(await confirm({ title: t("confirmRevoke", { name: k.name }), body: t("confirmRevokeBody"), confirmLabel: t("revoke"), danger: true }))) return;
                      const result = await revokeApiKeyAction(k.id);
                      setError(result.ok ? null : result.message);
                      router.refresh();
                    }}
                  >
                    {t("revoke")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="text-sm">{t("none")}</p>
      )}
      {error ? <FormAlert title={t("notRevoked")}>{error}</FormAlert> : null}
      <CreateForm
        title={t("new")}
        submit={t("create")}
        notCreated={t("notCreated")}
        onceWarning={t("onlyOnce")}
        send={(data) => createApiKeyAction({ name: data.get("name"), corsOrigins: data.get("corsOrigins"), rateLimit: data.get("rateLimit") })}
        shown={(made) => ({ label: t("madeLabel", { name: made.name }), value: made.key })}
      >
        {(errors) => (
          <>
            <Field label={t("name")} name="name" errors={errors.name} hint={t("nameHint")} />
            <TextAreaField label={t("origins")} name="corsOrigins" rows={2} errors={errors.corsOrigins} hint={t("originsHint")} />
            <Field label={t("rate")} name="rateLimit" type="number" min={10} max={100000} defaultValue={600} errors={errors.rateLimit} />
          </>
        )}
      </CreateForm>
      {dialog}
    </section>
  );
}
