"use client";

import { useEffect, useState } from "react";

// Brings a live ticker's new entries into the open page without a reload and
// without any reader costing a render: every reader asks the same small,
// cached address (/live/<id>.json: no per-reader timestamp in it, so one
// cached answer serves all of them), and only when its `rev` differs from what
// the page shows fetches the page itself, which the shared caches hold too,
// and swaps in the ticker's part. The server says when to ask next (the desk
// can slow everyone down under load) and says stop once the ticker is closed.

type Feed = { rev: string; next: number | null };

const MAX_BACKOFF_MS = 60_000;
/**
 * Right after a change a server may still answer the page once as it was
 * (its cache is expired at the end of the request that made the change): the
 * page is asked again this soon, a few times, before waiting for the next poll.
 */
const CATCH_UP_MS = [250, 500, 1000];

export function LiveTickerUpdates({ articleId, rev, pollMs }: { articleId: string; rev: string; pollMs: number }) {
  const [said, setSaid] = useState("");

  useEffect(() => {
    let shown = rev;
    let delay = pollMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    async function swapIn(): Promise<string | null> {
      const response = await fetch(window.location.pathname, { headers: { accept: "text/html" } });
      if (!response.ok) return null;
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = html.querySelector(`[data-live-ticker="${articleId}"]`);
      const current = document.querySelector(`[data-live-ticker="${articleId}"]`);
      if (!fresh || !current) return null;
      const before = current.querySelectorAll("li[id^=eintrag-]").length;
      current.replaceChildren(...Array.from(fresh.childNodes).map((n) => document.importNode(n, true)));
      current.setAttribute("data-rev", fresh.getAttribute("data-rev") ?? "");
      const added = current.querySelectorAll("li[id^=eintrag-]").length - before;
      setSaid(added > 0 ? (added === 1 ? "Ein neuer Eintrag im Liveticker." : `${added} neue Einträge im Liveticker.`) : "Der Liveticker wurde aktualisiert.");
      return fresh.getAttribute("data-rev");
    }

    async function tick() {
      if (stopped) return;
      if (!document.hidden) {
        try {
          const response = await fetch(`/live/${articleId}.json`);
          if (!response.ok) throw new Error(String(response.status));
          const feed = (await response.json()) as Feed;
          for (let attempt = 0; feed.rev !== shown && attempt <= CATCH_UP_MS.length; attempt++) {
            if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, CATCH_UP_MS[attempt - 1]));
            if (stopped) return;
            shown = (await swapIn()) ?? shown;
          }
          if (feed.next === null) return; // closed: nothing more will come
          delay = Math.max(1000, feed.next);
        } catch {
          delay = Math.min(delay * 2, MAX_BACKOFF_MS);
        }
      }
      timer = setTimeout(tick, delay);
    }

    timer = setTimeout(tick, delay);
    const onVisible = () => {
      if (!document.hidden && timer !== undefined) {
        clearTimeout(timer);
        void tick();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [articleId, rev, pollMs]);

  return (
    <p role="status" aria-live="polite" className="sr-only" data-live-updates>
      {said}
    </p>
  );
}
