import Link from "next/link";
import type { ReaderTeaser } from "@/modules/articles/dto";
import type { HomeSection } from "@/modules/fronts/queries";
import { Teaser } from "./TeaserList";

/** The home page below the curated top: "Neueste Artikel", then the section blocks in the desk's order. */
export function HomeSections({ latest, sections }: { latest: ReaderTeaser[]; sections: HomeSection[] }) {
  return (
    <>
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
    </>
  );
}
