import { ArticleTable } from "@/components/editor/ArticleTable";
import { getTranslator } from "@/i18n/server";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listReviewQueue } from "@/modules/articles/queries";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("review.title") };
}

export default async function ReviewQueuePage() {
  const user = await requireUserOrRedirect("/admin/review");
  const articles = await orNotFound(listReviewQueue(user));
  const t = await getTranslator();
  return (
    <main>
      <h1 className="text-2xl font-bold">{t("review.title")}</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("review.intro")}</p>
      {articles.length === 0 ? <p className="mt-6">{t("review.empty")}</p> : <ArticleTable articles={articles} caption={t("review.caption")} dateLabel={t("review.submitted")} />}
    </main>
  );
}
