import type { ReactNode } from "react";

/**
 * The newsroom's tables: a region that scrolls sideways on a narrow screen,
 * named by the table's caption and reachable by keyboard (so the arrow keys
 * can scroll it), and a header row of column names.
 */
export function DataTable({ caption, columns, children, className = "" }: { caption: string; columns: ReactNode[]; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className={`overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900 ${className}`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-neutral-200 dark:border-neutral-800">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
