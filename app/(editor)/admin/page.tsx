import Link from "next/link";
import { ArticleTable } from "@/components/editor/ArticleTable";
import { getTranslator } from "@/i18n/server";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listNewsroomArticles } from "@/modules/articles/queries";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("articles.list.title") };
}

export default async function ArticleListPage() {
  const user = await requireUserOrRedirect("/admin");
  const articles = await listNewsroomArticles(user);
  const t = await getTranslator();
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("articles.list.title")}</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
        >
          {t("articles.list.new")}
        </Link>
      </div>
      {articles.length === 0 ? <p className="mt-6">{t("articles.list.empty")}</p> : <ArticleTable articles={articles} caption={t("articles.list.caption")} />}
    </main>
  );
}
