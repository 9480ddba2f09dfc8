import Link from "next/link";
import { getTranslator } from "@/i18n/server";
import { config } from "@server/config.mjs";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listHref, parseListQuery } from "@/modules/articles/list-query";
import { listNewsroomArticles } from "@/modules/articles/queries";
import { Pager } from "../../Pager";
import { TrashList } from "./TrashList";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("trash.title") };
}

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserOrRedirect("/admin/articles/trash");
  const query = parseListQuery(await searchParams);
  const page = await listNewsroomArticles(user, query, { trash: true });
  const t = await getTranslator();
  const base = "/admin/articles/trash";
  return (
    <main>
      <p className="text-sm">
        <Link href="/admin/articles" className="underline">
          {t("trash.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("trash.title")}</h1>
      <p className="mt-2 max-w-prose text-sm text-neutral-700 dark:text-neutral-300">{t("trash.explain", { days: config().trashRetentionDays })}</p>
      {/* The list also when empty: its status line ("… is deleted for good") outlives the last row. */}
      <TrashList articles={page.rows} canPurge={can(user, "article.purge")} />
      <Pager
        label={t("articles.list.pages")}
        previous={page.prevBefore ? { href: listHref({ before: page.prevBefore }, base), text: t("articles.list.previous") } : null}
        next={page.nextAfter ? { href: listHref({ after: page.nextAfter }, base), text: t("articles.list.next") } : null}
      />
    </main>
  );
}
