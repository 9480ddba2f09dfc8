import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { breakingNewsDesk, linkableArticles } from "@/modules/breaking/queries";
import { getTranslator } from "@/i18n/server";
import { BreakingNewsDesk } from "./BreakingNewsDesk";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("breaking.title") };
}

export default async function BreakingNewsPage() {
  const me = await requireUserOrRedirect("/admin/breaking");
  const [{ running, history }, articles] = await orNotFound(Promise.all([breakingNewsDesk(me), linkableArticles(me)]));
  const t = await getTranslator();
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">{t("breaking.heading")}</h1>
      <p className="max-w-prose text-neutral-700 dark:text-neutral-300">{t("breaking.intro")}</p>
      <BreakingNewsDesk running={running} articles={articles} history={history.map((i) => ({ ...i, createdAt: i.createdAt.toISOString(), endedAt: i.endedAt?.toISOString() ?? null }))} />
    </main>
  );
}
