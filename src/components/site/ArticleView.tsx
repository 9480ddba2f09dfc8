// The article as readers see it. The reader page and both previews render this
// one component, so a preview is exactly the published page.
import { formatDateTimeDe } from "@/lib/dates";
import { bylineText, type ReaderArticle } from "@/modules/articles/dto";
import { ArticleBody } from "./ArticleBody";

export function ArticleView({ article }: { article: ReaderArticle }) {
  const byline = bylineText(article.authors.map((a) => a.name));
  return (
    <article>
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">{article.kicker || article.sectionName}</p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.headline}</h1>
        <p className="mt-4 font-serif text-xl font-semibold leading-relaxed">{article.teaser}</p>
        <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
          {byline ? <span>Von {byline}</span> : null}
          {byline ? " · " : null}
          <time dateTime={article.publishedAt}>{formatDateTimeDe(article.publishedAt)}</time>
        </p>
      </header>
      <ArticleBody doc={article.body} dateline={article.dateline} className="mt-8" />
      {article.tags.length > 0 ? (
        <footer className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 className="sr-only">Themen</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {article.tags.map((t) => (
              <li key={t.slug} className="rounded-full border border-neutral-300 px-3 py-1 dark:border-neutral-700">
                {t.name}
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
