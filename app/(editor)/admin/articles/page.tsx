import Link from "next/link";
import { ArticleTable } from "@/components/editor/ArticleTable";
import { getTranslator } from "@/i18n/server";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { isFiltered, listHref, parseListQuery } from "@/modules/articles/list-query";
import { listNewsroomArticles, listSections } from "@/modules/articles/queries";
import { listPossibleAuthors } from "@/modules/users/queries";
import { ArticleFilters } from "../ArticleFilters";
import { Pager } from "../Pager";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("articles.list.title") };
}

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserOrRedirect("/admin/articles");
  const query = parseListQuery(await searchParams);
  // The author filter only for people who see others' articles at all.
  const seesEveryone = can(user, "article.view", { authorId: "\u0000someone-else", status: "DRAFT" });
  const [page, sections, people] = await Promise.all([listNewsroomArticles(user, query), listSections(), seesEveryone ? listPossibleAuthors() : null]);
  const t = await getTranslator();
  const filtered = isFiltered(query);
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("articles.list.title")}</h1>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/admin/articles/trash" className="text-sm underline">
            {t("articles.list.trash")}
          </Link>
          <Link
            href="/admin/articles/new"
            className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
          >
            {t("articles.list.new")}
          </Link>
        </div>
      </div>
      <ArticleFilters query={query} sections={sections} people={people} />
      <p role="status" className="mt-4 text-sm text-neutral-700 dark:text-neutral-300">
        {t("articles.list.count", { total: page.total })}
      </p>
      {page.rows.length === 0 ? (
        <p className="mt-4">{filtered ? t("articles.list.noMatch") : t("articles.list.empty")}</p>
      ) : (
        <ArticleTable articles={page.rows} caption={filtered ? t("articles.list.captionFiltered") : t("articles.list.caption")} />
      )}
      <Pager
        label={t("articles.list.pages")}
        previous={page.prevBefore ? { href: listHref({ ...query, after: null, before: page.prevBefore }), text: t("articles.list.previous") } : null}
        next={page.nextAfter ? { href: listHref({ ...query, before: null, after: page.nextAfter }), text: t("articles.list.next") } : null}
      />
    </main>
  );
}
