"use client";

import { useTranslations } from "use-intl/react";
import type { ArticleStatus } from "@/generated/prisma/enums";

const COLOURS: Record<ArticleStatus, string> = {
  DRAFT: "bg-neutral-200 text-neutral-900 dark:bg-neutral-700 dark:text-neutral-100",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  SCHEDULED: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-green-100 text-green-900",
  UNPUBLISHED: "bg-red-100 text-red-900",
  TRASHED: "bg-neutral-200 text-neutral-800 line-through decoration-1",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const t = useTranslations("status");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[status]}`}>{t(status)}</span>;
}
