import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/ArticleView";
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
      <ArticleView article={article} />
    </main>
  );
}
