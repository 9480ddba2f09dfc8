"use client";

import { useEffect, useState } from "react";

type Banner = { id: string; text: string; href: string };

/** How often an open page asks again; a new page asks at once. The answer is one cached file for everyone. */
const POLL_MS = 15_000;

/**
 * The "Eilmeldung" line above every reader page. The page itself stays the
 * same cached HTML for everyone; the banner comes from /eilmeldung.json, which
 * the newsroom expires when it sets or ends one. Announced politely to screen
 * readers when it appears.
 */
export function BreakingBanner() {
  const [banner, setBanner] = useState<Banner | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    let stopped = false;
    const load = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch("/eilmeldung.json", { cache: "no-store" });
        const data = (await response.json()) as Partial<Banner>;
        if (stopped) return;
        setBanner(data.text && data.href && data.id ? { id: data.id, text: data.text, href: data.href } : null);
        setAsked(true);
      } catch {
        // Offline or a hiccup: keep what is shown, ask again later.
      }
    };
    void load();
    const timer = window.setInterval(load, POLL_MS);
    document.addEventListener("visibilitychange", load);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", load);
    };
  }, []);
  return (
    // data-asked: the page has its answer (what tests wait for before they look).
    <div aria-live="polite" data-asked={asked ? "" : undefined}>
      {banner ? (
        <div role="region" aria-label="Eilmeldung" className="bg-red-700 text-white">
          <p className="mx-auto max-w-5xl px-4 py-2 text-sm sm:text-base">
            <span className="mr-2 font-bold uppercase tracking-wide">Eilmeldung</span>
            <a href={banner.href} className="font-semibold underline underline-offset-2">
              {banner.text}
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
