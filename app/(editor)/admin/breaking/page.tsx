import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { breakingNewsDesk, linkableArticles } from "@/modules/breaking/queries";
import { BreakingNewsDesk } from "./BreakingNewsDesk";

export const metadata = { title: "Breaking news" };

export default async function BreakingNewsPage() {
  const me = await requireUserOrRedirect("/admin/breaking");
  const [{ running, history }, articles] = await orNotFound(Promise.all([breakingNewsDesk(me), linkableArticles(me)]));
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">Breaking news (Eilmeldung)</h1>
      <p className="max-w-prose text-neutral-700 dark:text-neutral-300">
        One line with a link, shown above every reader page within a second, until the time you set or until you end it. A new one replaces the one running.
      </p>
      <BreakingNewsDesk running={running} articles={articles} history={history.map((i) => ({ ...i, createdAt: i.createdAt.toISOString(), endedAt: i.endedAt?.toISOString() ?? null }))} />
    </main>
  );
}
