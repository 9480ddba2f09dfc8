import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { LIBRARY_FILTERS, listLibrary } from "@/modules/media/queries";
import { maxUploadBytes } from "@/modules/media/service";
import { LibraryUploader } from "./LibraryUploader";

export const metadata = { title: "Media library" };

type Props = { searchParams: Promise<{ q?: string; filter?: string; seite?: string }> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  const me = await requireUserOrRedirect("/admin/media");
  const { q = "", filter = "all", seite } = await searchParams;
  const library = await orNotFound(listLibrary(me, { query: String(q), filter: String(filter), page: Number(seite) || 1 }));
  const pageHref = (p: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), ...(library.filter !== "all" ? { filter: library.filter } : {}), seite: String(p) })}`;
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Media library</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          Every image needs alt text before it can be used in an article. Click an image to add its caption and credit and to set the focal point crops keep in the frame.
        </p>
      </div>
      <LibraryUploader maxBytes={maxUploadBytes()} />
      <form method="get" role="search" aria-label="Media library" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold">
          Search
          <input name="q" type="search" defaultValue={q} placeholder="Alt text, caption, credit, file name" className="mt-1 block w-72 rounded border border-neutral-400 px-3 py-2 font-normal dark:border-neutral-600 dark:bg-neutral-900" />
        </label>
        <label className="text-sm font-semibold">
          Show
          <select name="filter" defaultValue={library.filter} className="mt-1 block rounded border border-neutral-400 px-3 py-2 font-normal dark:border-neutral-600 dark:bg-neutral-900">
            {Object.entries(LIBRARY_FILTERS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900">
          Search
        </button>
      </form>
      <p className="text-sm" role="status">
        {library.total === 1 ? "1 image" : `${library.total.toLocaleString("de-DE")} images`}
      </p>
      {library.items.length === 0 ? (
        <p className="text-neutral-700 dark:text-neutral-300">{q || library.filter !== "all" ? "No images match." : "No images yet: upload the first one above."}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {library.items.map((m) => (
            <li key={m.id} className="overflow-hidden rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
              <Link href={`/admin/media/${m.id}`} className="block hover:opacity-90">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={m.thumbUrl} alt="" width={m.width} height={m.height} loading="lazy" className="aspect-video w-full bg-neutral-200 object-cover" />
                <span className="block px-3 pt-2 text-sm font-semibold">
                  <span className="sr-only">Edit image: </span>
                  {m.alt || m.fileName}
                </span>
              </Link>
              <p className="px-3 pb-3 pt-1 text-xs text-neutral-600 dark:text-neutral-400">
                {m.alt ? null : <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 font-semibold text-amber-950">Alt text missing</span>}
                {m.usageCount > 0 ? `Used in ${m.usageCount}` : "Not used"} · {m.credit || "no credit"}
              </p>
            </li>
          ))}
        </ul>
      )}
      {library.pages > 1 ? (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {library.page > 1 ? <Link href={pageHref(library.page - 1)}>← Newer</Link> : <span />}
          <span>
            Page {library.page} of {library.pages}
          </span>
          {library.page < library.pages ? <Link href={pageHref(library.page + 1)}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </main>
  );
}
