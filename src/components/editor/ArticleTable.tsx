"use client";

import Link from "next/link";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import type { NewsroomRow } from "@/modules/articles/dto";
import { StatusBadge } from "./StatusBadge";
import { DataTable } from "@/components/ui/DataTable";

export function ArticleTable({ articles, caption, dateLabel }: { articles: NewsroomRow[]; caption: string; dateLabel?: string }) {
  const t = useTranslations("articles.list");
  const date = useNewsroomDate();
  return (
    <DataTable className="mt-6" caption={caption} columns={[t("headline"), t("status"), t("section"), t("author"), dateLabel ?? t("lastChange")]}>
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
    </DataTable>
  );
}
