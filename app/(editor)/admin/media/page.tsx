import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { LIBRARY_FILTERS, listLibrary } from "@/modules/media/queries";
import { maxUploadBytes } from "@/modules/media/service";
import { getTranslator } from "@/i18n/server";
import { LibraryUploader } from "./LibraryUploader";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("media.title") };
}

type Props = { searchParams: Promise<{ q?: string; filter?: string; seite?: string }> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const me = await requireUserOrRedirect("/admin/media");
  const { q = "", filter = "all", seite } = await searchParams;
  const library = await orNotFound(listLibrary(me, { query: String(q), filter: String(filter), page: Number(seite) || 1 }));
  const t = await getTranslator();
  const pageHref = (p: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), ...(library.filter !== "all" ? { filter: library.filter } : {}), seite: String(p) })}`;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("media.title")}</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("media.intro")}</p>
      </div>
      <LibraryUploader maxBytes={maxUploadBytes()} />
      <form method="get" role="search" aria-label={t("media.searchLabel")} className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold">
          {t("media.search")}
          <input name="q" type="search" defaultValue={q} placeholder={t("media.searchPlaceholder")} className="mt-1 block w-72 rounded border border-neutral-400 px-3 py-2 font-normal dark:border-neutral-600 dark:bg-neutral-900" />
        </label>
        <label className="text-sm font-semibold">
          {t("media.show")}
          <select name="filter" defaultValue={library.filter} className="mt-1 block rounded border border-neutral-400 px-3 py-2 font-normal dark:border-neutral-600 dark:bg-neutral-900">
            {LIBRARY_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`media.filter.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900">
          {t("media.searchButton")}
        </button>
      </form>
      <p className="text-sm" role="status">
        {t("media.count", { count: library.total })}
      </p>
      {library.items.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">{q || library.filter !== "all" ? t("media.noMatch") : t("media.empty")}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {library.items.map((m) => (
            <li key={m.id} className="overflow-hidden rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
              <Link href={`/admin/media/${m.id}`} className="block hover:opacity-90">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={m.thumbUrl} alt="" width={m.width} height={m.height} loading="lazy" className="aspect-video w-full bg-neutral-200 object-cover" />
                <span className="block px-3 pt-2 text-sm font-semibold">
                  <span className="sr-only">{t("media.editImage")}</span>
                  {m.alt || m.fileName}
                </span>
              </Link>
              <p className="px-3 pb-3 pt-1 text-xs text-neutral-600 dark:text-neutral-400">
                {m.alt ? null : <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 font-semibold text-amber-950">{t("media.altMissing")}</span>}
                {m.usageCount > 0 ? t("media.usedIn", { count: m.usageCount }) : t("media.notUsed")} · {m.credit || t("media.noCredit")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {library.pages > 1 ? (
        <nav aria-label={t("media.pages")} className="flex justify-between text-sm">
          {library.page > 1 ? <Link href={pageHref(library.page - 1)}>{t("media.newer")}</Link> : <span />}
          <span>{t("media.page", { page: library.page, pages: library.pages })}</span>
          {library.page < library.pages ? <Link href={pageHref(library.page + 1)}>{t("media.older")}</Link> : <span />}
        </nav>
      ) : null}
    </main>
  );
}
