"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl/react";

/** A link to pass on (invitation, preview): selectable, with a copy button. */
export function CopyableLink({ label, url, className }: { label: string; url: string; className?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const t = useTranslations("common");
  return (
    <div className={className} role="status">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-neutral-400 bg-neutral-50 px-2 py-1 font-mono text-xs dark:bg-neutral-800"
        />
        <button
          type="button"
          className="rounded border border-neutral-400 px-2 py-1 text-xs font-semibold"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
