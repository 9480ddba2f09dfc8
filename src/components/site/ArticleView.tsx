// The article as readers see it. The reader page and both previews render this
// one component, so a preview is exactly the published page.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTimeDe } from "@/lib/dates";
import type { ReaderArticle } from "@/modules/articles/dto";
import { ArticleBody, BODY_IMAGE_SIZES } from "./ArticleBody";
import { Figure } from "./ResponsiveImage";

/** `live`: a live ticker's summary and entries, shown above the body (the background). */
export function ArticleView({ article, live }: { article: ReaderArticle; live?: ReactNode }) {
  const byline = article.authors.length > 0;
  return (
    <article>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">
          {article.kicker ? (
            article.kicker
          ) : (
            <Link href={`/${article.sectionSlug}`} className="hover:underline">
              {article.sectionName}
            </Link>
          )}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.headline}</h1>
        <p className="mt-4 font-serif text-xl font-semibold leading-relaxed">{article.teaser}</p>
        <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
          {byline ? (
            <span>
              Von{" "}
              {article.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? (i === article.authors.length - 1 ? " und " : ", ") : null}
                  <Link href={a.path} className="underline underline-offset-2">
                    {a.name}
                  </Link>
                </span>
              ))}
            </span>
          ) : null}
          {byline ? " · " : null}
          <time dateTime={article.publishedAt}>{formatDateTimeDe(article.publishedAt)}</time>
          {article.kicker ? (
            <>
              {" · "}
              <Link href={`/${article.sectionSlug}`} className="underline underline-offset-2">
                {article.sectionName}
              </Link>
            </>
          ) : null}
        </p>
        {article.correction ? (
          <p className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            <strong>
              Aktualisiert am <time dateTime={article.correction.at}>{formatDateTimeDe(article.correction.at)}</time>:
            </strong>{" "}
            {article.correction.note}
          </p>
        ) : null}
      </header>
      {article.image ? <Figure image={article.image} crop="wide" sizes={BODY_IMAGE_SIZES} priority className="mt-6" /> : null}
      {live}
      <ArticleBody doc={article.body} dateline={article.dateline} credit={article.credit} images={article.images} className="mt-8" />
      {article.tags.length > 0 ? (
        <footer className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 className="sr-only">Themen</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {article.tags.map((t) => (
              <li key={t.slug}>
                <Link href={`/thema/${t.slug}`} className="inline-block rounded-full border border-neutral-400 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
