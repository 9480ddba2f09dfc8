import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleView } from "@/components/site/ArticleView";
import { getSharedPreview } from "@/modules/articles/previews";

export const metadata = { title: "Vorschau", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A draft shown through a share link: works signed out until it expires or is revoked. */
export default async function SharedPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const article = await getSharedPreview(token);
  if (!article) notFound();
  return (
    <main id="inhalt" className="mx-auto max-w-2xl px-4 py-8">
      <p className="mb-6 rounded bg-amber-100 px-4 py-2 text-sm text-amber-950">Vorschau – dieser Artikel ist noch nicht veröffentlicht.</p>
      <ArticleView article={article} />
    </main>
  );
}
