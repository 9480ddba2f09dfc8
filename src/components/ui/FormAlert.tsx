"use client";

import type { ReactNode } from "react";
import { useMessage } from "@/i18n/client";
import { msg } from "@/i18n/message";

/**
 * The one place a form says what went wrong: announced to screen readers,
 * findable by tests. A message from a schema checked in the browser (or
 * UNREACHABLE) is put into the person's words here.
 */
export function FormAlert({ title, children }: { title?: string; children: ReactNode }) {
  const { message } = useMessage();
  if (typeof children === "string") children = message(children);
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

export const UNREACHABLE = msg("common.unreachable");
