import type { ComponentProps } from "react";

const styles = {
  primary: "bg-neutral-900 text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900 dark:hover:bg-neutral-200",
  secondary: "border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50 dark:bg-neutral-900 dark:text-red-300",
  // The confirming button of a destructive dialog.
  dangerSolid: "border border-red-800 bg-red-800 text-white hover:bg-red-900 dark:border-red-400 dark:bg-red-400 dark:text-neutral-950",
} as const;

export function Button({
  variant = "primary",
  className,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof styles }) {
  return (
    <button
      className={`inline-flex items-center justify-center rounded px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${styles[variant]} ${className ?? ""}`}
      {...props}
    />
  );
}
