import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/site/SearchForm";
import { listSiteSections } from "@/modules/site/queries";

// What a removed article's address shows (proxy.ts answers it with 410 Gone):
// readers arrive here from old shared links, so the site's header and
// navigation stay, and the way on is the article's section and the search.

type Props = { searchParams: Promise<{ ressort?: string }> };

export const metadata: Metadata = { title: "Artikel nicht mehr verfügbar", robots: { index: false, follow: true } };

export default async function RemovedArticlePage({ searchParams }: Props) {
  const { ressort } = await searchParams;
  const section = (await listSiteSections()).find((s) => s.slug === ressort) ?? null;
  return (
    <main id="inhalt" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">Fehler 410</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Dieser Artikel ist nicht mehr verfügbar</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">Die Redaktion hat diesen Artikel von der Website genommen. Weitere Berichte finden Sie im Ressort oder über die Suche.</p>
      <ul className="mt-6 space-y-2">
        {section ? (
          <li>
            <Link href={`/${section.slug}`} className="font-semibold underline underline-offset-2">
              Weitere Artikel im Ressort {section.name}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href="/" className="font-semibold underline underline-offset-2">
            Zur Startseite
          </Link>
        </li>
      </ul>
      <SearchForm id="suche-entfernt" placeholder="Im Archiv suchen" className="mt-8" />
    </main>
  );
}
