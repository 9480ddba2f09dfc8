import type { Metadata } from "next";
import { connection } from "next/server";
import { SearchForm } from "@/components/site/SearchForm";
import { Pagination, pageParam, Teaser } from "@/components/site/TeaserList";
import { snippetParts } from "@/modules/search/query";
import { searchArticles } from "@/modules/site/queries";

type Props = { searchParams: Promise<{ q?: string; seite?: string }> };

export const metadata: Metadata = { title: "Suche", robots: { index: false, follow: true } };

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const { q = "", seite } = await searchParams;
  const query = String(q).trim().slice(0, 200);
  const results = query ? await searchArticles(query, pageParam(seite)) : null;
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Suche</h1>
      <SearchForm id="suchbegriff" query={query} placeholder="z. B. Ukraine, Kreml, Haushalt" className="mt-4" />
      {results ? (
        <>
          <p role="status" className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">
            {results.total === 0 ? `Keine Treffer für „${query}“.` : `${results.total >= 10_000 ? "Über 10.000" : results.total.toLocaleString("de-DE")} Treffer für „${query}“`}
          </p>
          <ol className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800">
            {results.items.map((item) => (
              <li key={item.id} className="py-6 first:pt-0">
                <Teaser
                  teaser={item}
                  size="small"
                  extra={
                    <p className="mt-2 leading-relaxed text-neutral-700 dark:text-neutral-300">
                      {snippetParts(item.snippet).map((part, i) =>
                        part.hit ? (
                          <mark key={i} className="bg-yellow-200 text-neutral-950">
                            {part.text}
                          </mark>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </p>
                  }
                />
              </li>
            ))}
          </ol>
          <Pagination basePath="/suche" page={results.page} pages={results.pages} query={{ q: query }} />
        </>
      ) : null}
    </main>
  );
}
