import Link from "next/link";
import { connection } from "next/server";
import { listPublishedTeasers } from "@/modules/articles/queries";
import { formatDateTimeDe } from "@/lib/dates";

export default async function HomePage() {
  await connection(); // rendered per request from cached, tagged data; never at build time
  const teasers = await listPublishedTeasers();
  return (
    <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="sr-only">Aktuelle Nachrichten</h1>
      {teasers.length === 0 ? (
        <p className="text-lg text-neutral-700 dark:text-neutral-300">Noch keine Artikel veröffentlicht.</p>
      ) : (
        <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {teasers.map((t) => (
            <li key={t.id} className="py-6 first:pt-0">
              <article>
                {t.kicker ? (
                  <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">{t.kicker}</p>
                ) : null}
                <h2 className="mt-1 font-serif text-2xl font-bold leading-tight sm:text-3xl">
                  <Link href={t.path} className="hover:underline">
                    {t.headline}
                  </Link>
                </h2>
                <p className="mt-2 text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">{t.teaser}</p>
                <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
                  {t.sectionName} · <time dateTime={t.publishedAt}>{formatDateTimeDe(t.publishedAt)}</time>
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
