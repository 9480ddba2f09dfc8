"use client";

import { useEffect, useState } from "react";

/** "Link kopieren": only shown where it can work (scripts on, a clipboard); says so when done. */
export function CopyLinkButton({ url }: { url: string }) {
  const [usable, setUsable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    // Known only in the browser, after hydration: the server renders no button that cannot work.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUsable(typeof navigator !== "undefined" && Boolean(navigator.clipboard));
  }, []);
  if (!usable) return null;
  return (
    <li className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        className="rounded border border-neutral-400 px-3 py-1.5 font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
      >
        Link kopieren
      </button>
      <span role="status" className="text-sm">
        {copied ? "Link kopiert" : ""}
      </span>
    </li>
  );
}
