"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useState, type ReactNode } from "react";

/**
 * The newsroom's menu: a row of links on a wide screen; on a phone a "Menu"
 * button that opens them as a list (and closes again after each navigation),
 * so the page starts with its content, not two screens of links.
 */
export function NewsroomMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const pathname = usePathname();
  // Closed again after each navigation (the links stay in place on a wide screen).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [open]);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="ml-auto rounded border border-neutral-400 px-3 py-1 text-sm font-semibold sm:hidden dark:border-neutral-600"
      >
        {label}
      </button>
      {/* On a wide screen the groups inside take their places in the header's own rows (display: contents). */}
      <div id={id} className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 pb-2 sm:contents`}>
        {children}
      </div>
    </>
  );
}
