"use client";

import Link from "next/link";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import type { NewsroomRow } from "@/modules/articles/dto";
import { StatusBadge } from "./StatusBadge";

export function ArticleTable({ articles, caption, dateLabel }: { articles: NewsroomRow[]; caption: string; dateLabel?: string }) {
  const t = useTranslations("articles.list");
  const date = useNewsroomDate();
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="mt-6 overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-neutral-200 dark:border-neutral-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("headline")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("section")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("author")}
            </th>
            <th scope="col" className="px-3 py-2">
              {dateLabel ?? t("lastChange")}
            </th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
              <td className="px-3 py-2">
                <Link href={`/admin/articles/${a.id}`} className="font-semibold hover:underline">
                  {a.headline || t("noHeadline")}
                </Link>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={a.status} />
                {a.status === "SCHEDULED" && a.scheduledAt ? (
                  <span className="mt-1 block text-xs">{t.rich("goesLive", { at: date(a.scheduledAt), time: (chunks) => <time dateTime={a.scheduledAt ?? undefined}>{chunks}</time> })}</span>
                ) : null}
              </td>
              <td className="px-3 py-2">{a.sectionName}</td>
              <td className="px-3 py-2">{a.authorName}</td>
              <td className="whitespace-nowrap px-3 py-2">
                <time dateTime={a.updatedAt}>{date(a.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
