import Link from "next/link";
import { listAuditEvents } from "@/modules/audit/queries";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomTimestamp } from "@/lib/dates";
import { DataTable } from "@/components/ui/DataTable";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const me = await requireUserOrRedirect("/admin/audit");
  const { before } = await searchParams;
  const { rows, next } = await orNotFound(listAuditEvents(me, before));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <main>
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("audit.intro")}</p>
      <DataTable className="mt-6" caption={t("audit.caption")} columns={(["time", "who", "what", "target", "from", "detail"] as const).map((column) => t(`audit.${column}`))}>
        {rows.map((r) => (
          <tr key={r.id} className={`border-b border-neutral-100 last:border-0 dark:border-neutral-800 ${r.outcome === "refused" ? "bg-red-50 dark:bg-red-950" : ""}`}>
            <td className="whitespace-nowrap px-3 py-2 text-xs tabular-nums">
              <time dateTime={r.at}>{formatNewsroomTimestamp(r.at, locale)}</time>
            </td>
            <td className="px-3 py-2">{r.actor}</td>
            <td className="px-3 py-2">
              {r.action}
              {r.outcome === "refused" ? <span className="ml-1 font-semibold text-red-800">{t("audit.refused")}</span> : null}
            </td>
            <td className="px-3 py-2 font-mono text-xs">{r.target}</td>
            <td className="px-3 py-2 font-mono text-xs">{r.ip}</td>
            <td className="px-3 py-2">{r.detail}</td>
          </tr>
        ))}
      </DataTable>
      {next ? (
        <p className="mt-4">
          <Link href={`/admin/audit?before=${encodeURIComponent(next)}`} className="underline">
            {t("audit.older")}
          </Link>
        </p>
      ) : null}
    </main>
  );
}
