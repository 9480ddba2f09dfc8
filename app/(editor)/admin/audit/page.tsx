import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { DataTable } from "@/components/ui/DataTable";
import { Field, SelectField } from "@/components/ui/Field";
import type { MessageKey } from "@/i18n/message";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomTimestamp } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { AUDIT_ACTION_GROUPS, actionKey, auditHref, parseAuditFilter, type AuditAction } from "@/modules/audit/filter";
import { listAuditEvents, listAuditPeople } from "@/modules/audit/queries";
import { requireUserOrRedirect } from "@/modules/auth/session";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requireUserOrRedirect("/admin/audit");
  const filter = parseAuditFilter(await searchParams);
  const [{ rows, next }, people] = await orNotFound(Promise.all([listAuditEvents(me, filter), listAuditPeople(me)]));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  const words = (action: AuditAction) => t(actionKey(action) as MessageKey);
  const filtered = !!(filter.actorId || filter.action || filter.from || filter.to);
  return (
    <main>
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("audit.intro")}</p>
      <form method="get" action="/admin/audit" role="search" aria-label={t("audit.filters")} className="mt-4 grid gap-3 rounded border border-neutral-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[1fr_1.4fr_auto_auto_auto] lg:items-end dark:border-neutral-800 dark:bg-neutral-900">
        <SelectField label={t("audit.person")} name="person" defaultValue={filter.actorId ?? ""}>
          <option value="">{t("audit.anyone")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("audit.action")} name="action" defaultValue={filter.action ?? ""}>
          <option value="">{t("audit.anyAction")}</option>
          {(Object.keys(AUDIT_ACTION_GROUPS) as (keyof typeof AUDIT_ACTION_GROUPS)[]).map((group) => (
            <optgroup key={group} label={t(`audit.group.${group}`)}>
              {AUDIT_ACTION_GROUPS[group].map((action) => (
                <option key={action} value={action}>
                  {words(action)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Field label={t("audit.dayFrom")} name="from" type="date" defaultValue={filter.from ?? ""} />
        <Field label={t("audit.dayTo")} name="to" type="date" defaultValue={filter.to ?? ""} />
        <div className="flex items-center gap-3">
          <Button type="submit">{t("audit.apply")}</Button>
          {filtered ? (
            <Link href="/admin/audit" className="text-sm underline">
              {t("audit.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="mt-6">{t("audit.none")}</p>
      ) : (
        <DataTable className="mt-6" caption={t("audit.caption")} columns={(["time", "who", "what", "target", "from", "detail"] as const).map((column) => t(`audit.${column}`))}>
          {rows.map((r) => (
            <tr key={r.id} className={`border-b border-neutral-100 last:border-0 dark:border-neutral-800 ${r.outcome === "refused" ? "bg-red-50 dark:bg-red-950" : ""}`}>
              <td className="whitespace-nowrap px-3 py-2 text-xs tabular-nums">
                <time dateTime={r.at}>{formatNewsroomTimestamp(r.at, locale)}</time>
              </td>
              <td className="px-3 py-2">
                {r.actorName ?? (r.actorEmail === "scheduler" ? t("audit.scheduler") : r.actorEmail || "—")}
                {r.actorName && r.actorEmail ? <span className="block text-xs text-neutral-600 dark:text-neutral-400">{r.actorEmail}</span> : null}
              </td>
              <td className="px-3 py-2">
                {r.known ? words(r.action as AuditAction) : <code className="text-xs">{r.action}</code>}
                {r.outcome === "refused" ? <span className="ml-1 font-semibold text-red-800 dark:text-red-300">{t("audit.refused")}</span> : null}
              </td>
              <td className="px-3 py-2">
                {r.target?.href ? (
                  <Link href={r.target.href} className="underline">
                    {r.target.front === "home" ? t("audit.frontHome") : r.target.front === "section" ? t("audit.frontSection", { name: r.target.label }) : r.target.label}
                  </Link>
                ) : r.target ? (
                  <span>
                    {r.target.label} {r.target.gone ? <span className="text-xs text-neutral-600 dark:text-neutral-400">{t("audit.deletedTarget")}</span> : null}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{r.ip}</td>
              <td className="px-3 py-2 text-xs">{r.detail}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {next ? (
        <p className="mt-4">
          <Link href={auditHref({ ...filter, after: next })} className="underline">
            {t("audit.older")}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
