import { ArticleView } from "@/components/site/ArticleView";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getPreview } from "@/modules/articles/previews";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("articles.page.previewTitle"), robots: { index: false, follow: false } };
}

/** The saved draft exactly as the reader page renders it. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}/preview`);
  const article = await orNotFound(getPreview(user, id));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <div lang="de" className="-mx-4 -my-6 bg-white py-8 dark:bg-neutral-950">
      {/* The article is German like the reader site; the note speaks the person's language. */}
      <p className="mx-auto mb-6 max-w-2xl rounded bg-amber-100 px-4 py-2 text-sm text-amber-950" lang={locale}>
        {t("articles.page.previewNote", { path: article.path })}
      </p>
      <main className="mx-auto max-w-2xl px-4">
        <ArticleView article={article} />
      </main>
    </div>
  );
}
