import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { formatNewsroomDate } from "@/lib/dates";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { frontsOverview } from "@/modules/fronts/queries";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("fronts.title") };
}

export default async function FrontsPage() {
  const me = await requireUserOrRedirect("/admin/fronts");
  const fronts = await orNotFound(frontsOverview(me));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{t("fronts.title")}</h1>
      <p className="max-w-prose text-neutral-700 dark:text-neutral-300">
        {t("fronts.intro")}
      </p>
      <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
        {fronts.map((f) => (
          <li key={f.ref} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <Link href={`/admin/fronts/${f.ref}`} className="font-semibold hover:underline">
              {f.name}
            </Link>
            <span className="text-sm text-neutral-600 dark:text-neutral-400">
              {f.publishedAt ? t("fronts.publishedAt", { at: formatNewsroomDate(f.publishedAt, locale) }) : t("fronts.automatic")}
              {f.scheduledAt ? t("fronts.nextAt", { at: formatNewsroomDate(f.scheduledAt, locale) }) : null}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
