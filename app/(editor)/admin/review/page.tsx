import Link from "next/link";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomDate, formatWaiting } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listReviewQueue } from "@/modules/articles/queries";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("review.title") };
}

/** What waits for review, longest waiting first: who submitted it, how long ago, and their note for the desk. */
export default async function ReviewQueuePage() {
  const user = await requireUserOrRedirect("/admin/review");
  const articles = await orNotFound(listReviewQueue(user));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <main>
      <h1 className="text-2xl font-bold">{t("review.title")}</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("review.intro")}</p>
      {articles.length === 0 ? (
        <p className="mt-6">{t("review.empty")}</p>
      ) : (
        <ol aria-label={t("review.caption")} className="mt-6 space-y-3">
          {articles.map((a) => (
            <li key={a.id} className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
              <h2 className="break-words text-lg font-semibold">
                <Link href={`/admin/articles/${a.id}`} className="hover:underline">
                  {a.headline || t("articles.list.noHeadline")}
                </Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                <StatusBadge status={a.status} />
                {a.changesToLive ? <span className="font-semibold">{t("articles.list.changesToLive")}</span> : null}
                <span className="text-neutral-700 dark:text-neutral-300">
                  {a.sectionName} · {a.authorName}
                </span>
              </p>
              <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
                {a.submittedBy ? `${t("review.submittedBy", { name: a.submittedBy })} · ` : null}
                <time dateTime={a.submittedAt}>{formatNewsroomDate(a.submittedAt, locale)}</time>
                {" · "}
                <strong className="font-semibold text-neutral-900 dark:text-neutral-100">{t("review.waiting", { duration: formatWaiting(a.waitingMs, locale) })}</strong>
              </p>
              {a.note ? (
                <figure className="mt-2 border-l-4 border-neutral-300 pl-3 text-sm dark:border-neutral-700">
                  <figcaption className="text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t("review.note")}</figcaption>
                  <blockquote className="mt-0.5 whitespace-pre-line break-words">{a.note}</blockquote>
                </figure>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
