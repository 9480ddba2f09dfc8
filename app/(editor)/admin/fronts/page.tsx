import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { formatNewsroomDate } from "@/lib/dates";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { frontsOverview } from "@/modules/fronts/queries";

export const metadata = { title: "Fronts" };

export default async function FrontsPage() {
  const me = await requireUserOrRedirect("/admin/fronts");
  const fronts = await orNotFound(frontsOverview(me));
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">Fronts</h1>
      <p className="max-w-prose text-neutral-700 dark:text-neutral-300">
        Arrange the lead and the top stories of the home page and of each section. Slots you leave empty fill themselves with the newest stories.
      </p>
      <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
        {fronts.map((f) => (
          <li key={f.ref} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <Link href={`/admin/fronts/${f.ref}`} className="font-semibold hover:underline">
              {f.name}
            </Link>
            <span className="text-sm text-neutral-600 dark:text-neutral-400">
              {f.publishedAt ? `Published ${formatNewsroomDate(f.publishedAt)}` : "Automatic (never arranged)"}
              {f.scheduledAt ? ` · next layout at ${formatNewsroomDate(f.scheduledAt)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
