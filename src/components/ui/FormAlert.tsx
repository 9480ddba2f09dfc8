import type { ReactNode } from "react";

/** The one place a form says what went wrong: announced to screen readers, findable by tests. */
export function FormAlert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div
      role="alert"
      data-testid="form-alert"
      className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      <p className={title ? "mt-1" : undefined}>{children}</p>
    </div>
  );
}

export const UNREACHABLE = "The newsroom could not be reached. Check your connection and try again.";
