import type { FrontTeaser } from "@/modules/fronts/queries";
import { Teaser } from "./TeaserList";

/** A front's lead ("Aufmacher") and its row of top stories, as the desk arranged them. */
export function FrontTop({ lead, top, className = "" }: { lead: FrontTeaser | null; top: FrontTeaser[]; className?: string }) {
  return (
    <>
      {lead ? (
        <section aria-label="Aufmacher" className={`border-b border-neutral-200 pb-8 dark:border-neutral-800 ${className}`}>
          <Teaser teaser={lead} size="lead" crop={lead.crop} />
        </section>
      ) : null}
      {top.length > 0 ? (
        <section aria-labelledby="top-themen" className="mt-8 border-b border-neutral-200 pb-8 dark:border-neutral-800">
          <h2 id="top-themen" className="text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">
            Top-Themen
          </h2>
          <ol className="mt-4 grid gap-8 sm:grid-cols-2">
            {top.map((t) => (
              <li key={t.id}>
                <Teaser teaser={t} headingLevel={3} crop={t.crop} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
