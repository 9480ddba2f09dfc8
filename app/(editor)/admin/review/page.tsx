import { ArticleTable } from "@/components/editor/ArticleTable";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listReviewQueue } from "@/modules/articles/queries";

export const metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const user = await requireUserOrRedirect("/admin/review");
  const articles = await orNotFound(listReviewQueue(user));
  return (
    <main>
      <h1 className="text-2xl font-bold">Review queue</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">Submitted articles, longest waiting first.</p>
      {articles.length === 0 ? (
        <p className="mt-6">Nothing waits for review.</p>
      ) : (
        <ArticleTable articles={articles} caption="Articles waiting for review, longest waiting first" dateLabel="Submitted" />
      )}
    </main>
  );
}
