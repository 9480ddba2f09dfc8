import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTimeDe } from "@/lib/dates";
import type { ReaderTeaser } from "@/modules/articles/dto";
import { ResponsiveImage } from "./ResponsiveImage";

// How wide a teaser image is shown in each size (the home page is at most 64rem wide).
const TEASER_SIZES = {
  lead: "(min-width: 64rem) 64rem, 100vw",
  normal: "(min-width: 64rem) 31rem, (min-width: 40rem) 50vw, 100vw",
  small: "(min-width: 64rem) 15rem, (min-width: 40rem) 50vw, 100vw",
} as const;

type TeaserCrop = "auto" | "wide" | "square" | "none";

export function Teaser({
  teaser,
  headingLevel = 2,
  size = "normal",
  crop = "auto",
  extra,
}: {
  teaser: ReaderTeaser;
  headingLevel?: 2 | 3;
  size?: "lead" | "normal" | "small";
  /** A front's choice for this slot; auto is 16:9. */
  crop?: TeaserCrop;
  extra?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingClass =
    size === "lead" ? "text-3xl sm:text-4xl" : size === "small" ? "text-lg" : "text-xl sm:text-2xl";
  return (
    <article>
      {teaser.image && crop !== "none" ? (
        <div className={crop === "square" ? "mb-3 max-w-xs" : "mb-3"}>
          <ResponsiveImage
            image={teaser.image}
            crop={crop === "square" ? "square" : "wide"}
            sizes={TEASER_SIZES[size]}
            priority={size === "lead"}
            // The lead's headline and teaser stay above the fold on a laptop (1280 × 800, an Eilmeldung above): the picture gives up height, not the story.
            className={size === "lead" ? "max-h-[42svh] object-cover" : ""}
          />
        </div>
      ) : null}
      {teaser.live || teaser.kicker ? (
        <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">
          {teaser.live ? <span className="mr-2 rounded-sm bg-red-700 px-1.5 py-0.5 text-xs font-bold tracking-wider text-white">LIVE</span> : null}
          {teaser.kicker}
        </p>
      ) : null}
      <Heading className={`mt-1 font-serif font-bold leading-tight ${headingClass}`}>
        <Link href={teaser.path} className="hover:underline">
          {teaser.headline}
        </Link>
      </Heading>
      {size !== "small" ? <p className="mt-2 text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">{teaser.teaser}</p> : null}
      {extra}
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        {teaser.sectionName} · <time dateTime={teaser.publishedAt}>{formatDateTimeDe(teaser.publishedAt)}</time>
      </p>
    </article>
  );
}

export function TeaserList({ teasers, headingLevel = 2 }: { teasers: ReaderTeaser[]; headingLevel?: 2 | 3 }) {
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {teasers.map((t) => (
        <li key={t.id} className="py-6 first:pt-0">
          <Teaser teaser={t} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}

/** "Seite 2 von 5" with previous/next links; keeps other query parameters (the search term). */
export function Pagination({ basePath, page, pages, query = {} }: { basePath: string; page: number; pages: number; query?: Record<string, string> }) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams({ ...query, ...(p > 1 ? { seite: String(p) } : {}) });
    const qs = params.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <nav aria-label="Seiten" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="font-semibold underline">
          ← Neuere Artikel
        </Link>
      ) : (
        <span />
      )}
      <span>
        Seite {page} von {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="font-semibold underline">
          Ältere Artikel →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
