import Link from "next/link";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomDate } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listPages } from "@/modules/pages/queries";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("pages.title") };
}

export default async function PagesPage() {
  const me = await requireUserOrRedirect("/admin/pages");
  const pages = await orNotFound(listPages(me));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  const footer = pages.filter((p) => p.inFooter);
  return (
    <main className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("pages.heading")}</h1>
        <Link href="/admin/pages/new" className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900">
          {t("pages.new")}
        </Link>
      </div>
      <p className="max-w-prose text-neutral-700 dark:text-neutral-300">{t("pages.intro")}</p>
      {pages.length === 0 ? (
        <p>{t("pages.none")}</p>
      ) : (
        <ul aria-label={t("pages.caption")} className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
          {pages.map((p) => (
            <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 p-3">
              <div className="min-w-0">
                <Link href={`/admin/pages/${p.id}`} className="font-semibold underline" aria-label={t("pages.edit", { title: p.title })}>
                  {p.title}
                </Link>
                <span className="ml-2 break-all text-sm text-neutral-600 dark:text-neutral-400">/{p.slug}</span>
              </div>
              <div className="flex flex-wrap gap-x-4 text-sm">
                <span className={p.status === "PUBLISHED" ? "font-semibold text-green-800 dark:text-green-300" : ""}>{t(`pages.status.${p.status}`)}</span>
                {p.placeholders > 0 ? <span className="font-semibold text-amber-800 dark:text-amber-300">{t("pages.placeholdersLeft", { count: p.placeholders })}</span> : null}
                <span>
                  {t("pages.columns.footer")}: {p.inFooter ? t("pages.inFooterYes", { order: footer.indexOf(p) + 1 }) : t("pages.inFooterNo")}
                </span>
                <span className="text-neutral-600 dark:text-neutral-400">{formatNewsroomDate(p.updatedAt, locale)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
