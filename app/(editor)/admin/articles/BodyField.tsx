"use client";

import type { ComponentProps } from "react";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import { useMessage } from "@/i18n/client";

/** The article's body: the rich-text editor with its errors below, marked for the pre-publish check. */
export function BodyField({ errors, ...editor }: Omit<ComponentProps<typeof RichTextEditor>, "invalid" | "describedBy"> & { errors?: string[] }) {
  const { message } = useMessage();
  return (
    <div data-check="body">
      <RichTextEditor {...editor} invalid={!!errors} describedBy={errors ? "body-error" : undefined} />
      {errors ? (
        <p id="body-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.map(message).join(" ")}
        </p>
      ) : null}
    </div>
  );
}
