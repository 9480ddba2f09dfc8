import type { ReaderTeaser } from "@/modules/articles/dto";
import { Teaser } from "./TeaserList";

/** "Mehr zum Thema" below an article: where the reader goes next. */
export function MoreOnTheTopic({ teasers }: { teasers: ReaderTeaser[] }) {
  if (teasers.length === 0) return null;
  return (
    <section aria-labelledby="mehr-zum-thema" className="mt-12 border-t-4 border-neutral-900 pt-4 dark:border-neutral-100">
      <h2 id="mehr-zum-thema" className="font-serif text-2xl font-bold">
        Mehr zum Thema
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {teasers.map((t) => (
          <li key={t.id}>
            <Teaser teaser={t} headingLevel={3} size="small" />
          </li>
        ))}
      </ul>
    </section>
  );
}
