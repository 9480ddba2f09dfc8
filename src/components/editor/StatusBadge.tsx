import type { ArticleStatus } from "@/generated/prisma/enums";

const LABELS: Record<ArticleStatus, { label: string; className: string }> = {
  DRAFT: { label: "Draft", className: "bg-neutral-200 text-neutral-900 dark:bg-neutral-700 dark:text-neutral-100" },
  IN_REVIEW: { label: "In review", className: "bg-amber-100 text-amber-900" },
  SCHEDULED: { label: "Scheduled", className: "bg-sky-100 text-sky-900" },
  PUBLISHED: { label: "Published", className: "bg-green-100 text-green-900" },
  UNPUBLISHED: { label: "Unpublished", className: "bg-red-100 text-red-900" },
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { label, className } = LABELS[status];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}
