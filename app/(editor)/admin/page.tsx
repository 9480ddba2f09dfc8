import Link from "next/link";
import { ArticleTable } from "@/components/editor/ArticleTable";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listNewsroomArticles } from "@/modules/articles/queries";

export const metadata = { title: "Articles" };

export default async function ArticleListPage() {
  const user = await requireUserOrRedirect("/admin");
  const articles = await listNewsroomArticles(user);
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
        >
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="mt-6">No articles yet. Start with “New article”.</p>
      ) : (
        <ArticleTable articles={articles} caption="Articles, most recently changed first" />
      )}
    </main>
  );
}
