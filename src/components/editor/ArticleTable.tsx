"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import type { NewsroomRow } from "@/modules/articles/dto";
import { StatusBadge } from "./StatusBadge";
import { DataTable } from "@/components/ui/DataTable";

type Props = {
  articles: NewsroomRow[];
  caption: string;
  dateLabel?: string;
  /** The date column: the last change (default) or when it went to the trash. */
  date?: (a: NewsroomRow) => string;
  /** Buttons per row (the trash's restore and delete). */
  actions?: (a: NewsroomRow) => ReactNode;
  actionsLabel?: string;
};

/**
 * The newsroom's article list: a table on a wide screen; on a phone a list of
 * cards with the same facts, so nothing is cut off or needs sideways scrolling.
 */
export function ArticleTable({ articles, caption, dateLabel, date: dateOf = (a) => a.updatedAt, actions, actionsLabel }: Props) {
  const t = useTranslations("articles.list");
  const date = useNewsroomDate();
  const headline = (a: NewsroomRow) => (
    <Link href={`/admin/articles/${a.id}`} className="font-semibold hover:underline">
      {a.headline || t("noHeadline")}
    </Link>
  );
  const status = (a: NewsroomRow) => (
    <>
      <StatusBadge status={a.status} />
      {a.changesToLive ? <span className="mt-1 block text-xs font-semibold">{t("changesToLive")}</span> : null}
      {a.status === "SCHEDULED" && a.scheduledAt ? (
        <span className="mt-1 block text-xs">{t.rich("goesLive", { at: date(a.scheduledAt), time: (chunks) => <time dateTime={a.scheduledAt ?? undefined}>{chunks}</time> })}</span>
      ) : null}
    </>
  );
  const when = (a: NewsroomRow) => <time dateTime={dateOf(a)}>{date(dateOf(a))}</time>;
  const columns = [t("headline"), t("status"), t("section"), t("author"), dateLabel ?? t("lastChange"), ...(actions ? [actionsLabel ?? ""] : [])];
  return (
    <>
      <ul aria-label={caption} className="mt-6 space-y-2 sm:hidden">
        {articles.map((a) => (
          <li key={a.id} className="rounded border border-neutral-200 bg-white p-3 text-sm dark:border-neutral-800 dark:bg-neutral-900">
            <p className="break-words text-base">{headline(a)}</p>
            <div className="mt-1">{status(a)}</div>
            <p className="mt-1 break-words text-neutral-700 dark:text-neutral-300">
              {a.sectionName} · {a.authorName} · {dateLabel ?? t("lastChange")} {when(a)}
            </p>
            {actions ? <div className="mt-2 flex flex-wrap gap-2">{actions(a)}</div> : null}
          </li>
        ))}
      </ul>
      <DataTable className="mt-6 hidden sm:block" caption={caption} columns={columns}>
        {articles.map((a) => (
          <tr key={a.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
            <td className="px-3 py-2">{headline(a)}</td>
            <td className="px-3 py-2">{status(a)}</td>
            <td className="px-3 py-2">{a.sectionName}</td>
            <td className="px-3 py-2">{a.authorName}</td>
            <td className="whitespace-nowrap px-3 py-2">{when(a)}</td>
            {actions ? (
              <td className="px-3 py-2">
                <div className="flex flex-wrap gap-2">{actions(a)}</div>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
