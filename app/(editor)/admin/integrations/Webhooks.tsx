"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { DataTable } from "@/components/ui/DataTable";
import { Field } from "@/components/ui/Field";
import { useNewsroomDate } from "@/i18n/client";
import type { EndpointRow } from "@/modules/webhooks/service";
import { createWebhookAction, deleteWebhookAction, resendDeliveryAction } from "./actions";
import { CreateForm } from "./CreateForm";

/** Webhook endpoints: registered here (the secret shown once), each with its recent deliveries and a way to send one again. */
export function Webhooks({ endpoints, events, configuredPurge }: { endpoints: EndpointRow[]; events: string[]; configuredPurge: string | null }) {
  const t = useTranslations("integrations.webhooks");
  const date = useNewsroomDate();
  const router = useRouter();
  const [kind, setKind] = useState<"webhook" | "purge">("webhook");
  const [confirm, dialog] = useConfirm();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section aria-labelledby="webhooks-title" className="space-y-4">
      <h2 id="webhooks-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="max-w-prose text-sm">{t("intro")}</p>
      {configuredPurge ? <p className="max-w-prose text-sm">{t("configuredPurge", { host: configuredPurge })}</p> : null}
      <p role="status" className="min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {notice}
      </p>
      {endpoints.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
      {endpoints.map((e) => (
        <article key={e.id} aria-labelledby={`endpoint-${e.id}`} className="space-y-2 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`endpoint-${e.id}`} className="font-semibold">
              {e.name}
            </h3>
            <Button
              type="button"
              variant="danger"
              className="px-2 py-1"
              aria-label={t("removeLabel", { name: e.name })}
              onClick={async () => {
                if (!(await confirm({ title: t("confirmRemove", { name: e.name }), body: t("confirmRemoveBody"), confirmLabel: t("remove"), danger: true }))) return;
                const result = await deleteWebhookAction(e.id);
                setNotice(result.ok ? t("removed", { name: e.name }) : result.message);
                router.refresh();
              }}
            >
              {t("remove")}
            </Button>
          </div>
          <p className="break-all font-mono text-xs">{e.url}</p>
          <p className="text-xs">{e.kind === "purge" ? t("purgeReceives") : t("listensTo", { events: e.events.join(", ") })}</p>
          {e.deliveries.length === 0 ? (
            <p className="text-sm">{t("noDeliveries")}</p>
          ) : (
            <DataTable caption={t("deliveries", { name: e.name })} columns={[t("when"), t("event"), t("status"), t("answer"), t("next"), t("actions")]}>
              {e.deliveries.map((d) => (
                <tr key={d.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={d.createdAt}>{date(d.createdAt)}</time>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{d.event}</td>
                  <td className="px-3 py-2">{t(`state.${d.status === "delivered" ? "delivered" : d.status === "failed" ? "failed" : "pending"}`, { attempts: d.attempts })}</td>
                  <td className="px-3 py-2 text-xs">
                    {d.lastStatus !== null || d.lastError ? t("lastAnswer", { status: d.lastStatus ?? "—", ms: d.lastMs ?? 0, error: d.lastError || "" }) : "—"}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{d.nextAttemptAt ? <time dateTime={d.nextAttemptAt}>{date(d.nextAttemptAt)}</time> : "—"}</td>
                  <td className="px-3 py-2">
                    <Button
                      type="button"
                      variant="secondary"
                      className="px-2 py-1"
                      aria-label={t("resendLabel", { event: d.event, at: date(d.createdAt) })}
                      onClick={async () => {
                        const result = await resendDeliveryAction(d.id);
                        setNotice(result.ok ? t("resent", { event: d.event }) : result.message);
                        router.refresh();
                      }}
                    >
                      {t("resend")}
                    </Button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </article>
      ))}
      <CreateForm
        title={t("new")}
        submit={t("create")}
        notCreated={t("notCreated")}
        onceWarning={t("secretOnce")}
        send={(data) => createWebhookAction({ name: data.get("name"), url: data.get("url"), kind, token: data.get("token") ?? "", events: data.getAll("events") })}
        shown={(made, data) => (made.secret ? { label: t("secretLabel", { name: String(data.get("name") ?? "") }), value: made.secret } : null)}
      >
        {(errors) => (
          <>
            <Field label={t("name")} name="name" errors={errors.name} />
            <fieldset>
              <legend className="text-sm font-semibold">{t("kind")}</legend>
              {(["webhook", "purge"] as const).map((k) => (
                <label key={k} className="flex items-center gap-2 py-1 text-sm">
                  <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="size-4" />
                  {t(`kinds.${k}`)}
                </label>
              ))}
            </fieldset>
            <Field label={t("url")} name="url" type="url" inputMode="url" errors={errors.url} hint={kind === "purge" ? t("purgeUrlHint") : t("urlHint")} />
            {kind === "purge" ? <Field label={t("token")} name="token" errors={errors.token} hint={t("tokenHint")} autoComplete="off" /> : null}
            <fieldset hidden={kind === "purge"} aria-describedby={errors.events ? "webhook-events-error" : undefined}>
              <legend className="text-sm font-semibold">{t("events")}</legend>
              <div className="mt-1 grid gap-1 sm:grid-cols-2">
                {events.map((name) => (
                  <label key={name} className="flex items-center gap-2 py-1 text-sm">
                    <input type="checkbox" name="events" value={name} defaultChecked={name.startsWith("article.")} className="size-4" />
                    <span className="font-mono text-xs">{name}</span>
                  </label>
                ))}
              </div>
              {errors.events ? (
                <p id="webhook-events-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
                  {errors.events.join(" ")}
                </p>
              ) : null}
            </fieldset>
          </>
        )}
      </CreateForm>
      {dialog}
    </section>
  );
}
