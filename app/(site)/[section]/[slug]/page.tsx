import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleBody } from "@/components/site/ArticleBody";
import { formatDateTimeDe } from "@/lib/dates";
import { getPublishedArticle } from "@/modules/articles/queries";

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) return { title: "Seite nicht gefunden", robots: { index: false } };
  return {
    title: article.headline,
    description: article.teaser,
    alternates: { canonical: article.path },
  };
}

export default async function ArticlePage({ params }: Props) {
  await connection();
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) notFound();
  return (
    <main id="inhalt" className="mx-auto max-w-2xl px-4 py-8">
      <article>
        <header>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">
            {article.kicker || article.sectionName}
          </p>
          <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.headline}</h1>
          <p className="mt-4 font-serif text-xl font-semibold leading-relaxed">{article.teaser}</p>
          <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">
            <span>Von {article.authorName}</span> ·{" "}
            <time dateTime={article.publishedAt}>{formatDateTimeDe(article.publishedAt)}</time>
          </p>
        </header>
        <ArticleBody doc={article.body} className="mt-8" />
      </article>
    </main>
  );
}
