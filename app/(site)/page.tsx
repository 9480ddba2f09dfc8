import Link from "next/link";
import { connection } from "next/server";
import { FrontTop } from "@/components/site/FrontTop";
import { Teaser } from "@/components/site/TeaserList";
import { getHomeFront } from "@/modules/fronts/queries";

export default async function HomePage() {
  await connection(); // rendered per request from cached, tagged data; never at build time
  const { lead, top, latest, sections } = await getHomeFront();
  if (!lead) {
    return (
      <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="font-serif text-2xl font-bold">Aktuelle Nachrichten</h1>
        <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">Noch keine Artikel veröffentlicht.</p>
      </main>
    );
  }
  return (
    <main id="inhalt" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="sr-only">Aktuelle Nachrichten</h1>
      <FrontTop lead={lead} top={top} />
      {latest.length > 0 ? (
        <section aria-labelledby="neueste" className="mt-8">
          <h2 id="neueste" className="text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
            Neueste Artikel
          </h2>
          <ol className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {latest.map((t) => (
              <li key={t.id}>
                <Teaser teaser={t} headingLevel={3} size="small" />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {sections.map((section) => (
        <section key={section.slug} aria-labelledby={`ressort-${section.slug}`} className="mt-12 border-t-4 border-neutral-900 pt-4 dark:border-neutral-100">
          <h2 id={`ressort-${section.slug}`} className="font-serif text-2xl font-bold">
            <Link href={`/${section.slug}`} className="hover:underline">
              {section.name}
            </Link>
          </h2>
          <ol className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {section.teasers.map((t) => (
              <li key={t.id}>
                <Teaser teaser={t} headingLevel={3} size="small" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
