// A live ticker page's script, loaded only there (src/components/site/LiveTicker.tsx)
// and only while the ticker is live; reader pages otherwise run public/reader.js alone.
(() => {
  "use strict";

  // ---- A live ticker: new entries without a reload, and without any reader costing a render.
  // Every reader asks the same small cached address (/live/<id>.json, nothing
  // per reader in it) and only when its `rev` differs from the page's fetches
  // the page itself (cached too) and swaps in the ticker's part. The server
  // says when to ask next, and says stop (null) once the ticker is closed.
  const ticker = document.querySelector("[data-live-ticker][data-poll]");
  const said = document.querySelector("[data-live-updates]");
  if (ticker) {
    const id = ticker.getAttribute("data-live-ticker");
    const MAX_BACKOFF_MS = 60000;
    // Right after a change a server may still answer the page once as it was: ask again this soon before the next poll.
    const CATCH_UP_MS = [250, 500, 1000];
    let shown = ticker.getAttribute("data-rev");
    let delay = Number(ticker.getAttribute("data-poll")) || 1500;
    let timer;
    let closed = false;
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const entries = (root) => root.querySelectorAll("li[id^=eintrag-]").length;

    const swapIn = async () => {
      const response = await fetch(location.pathname, { headers: { accept: "text/html" } });
      if (!response.ok) return null;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.querySelector(`[data-live-ticker="${id}"]`);
      if (!fresh) return null;
      const before = entries(ticker);
      ticker.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
      const rev = fresh.getAttribute("data-rev");
      ticker.setAttribute("data-rev", rev || "");
      const added = entries(ticker) - before;
      if (said) said.textContent = added > 0 ? (added === 1 ? "Ein neuer Eintrag im Liveticker." : `${added} neue Einträge im Liveticker.`) : "Der Liveticker wurde aktualisiert.";
      return rev;
    };

    const tick = async () => {
      if (!document.hidden) {
        try {
          const response = await fetch(`/live/${id}.json`);
          if (!response.ok) throw new Error(String(response.status));
          const feed = await response.json();
          for (let attempt = 0; feed.rev !== shown && attempt <= CATCH_UP_MS.length; attempt++) {
            if (attempt > 0) await sleep(CATCH_UP_MS[attempt - 1]);
            shown = (await swapIn()) || shown;
          }
          if (feed.next === null) {
            closed = true; // nothing more will come
            return;
          }
          delay = Math.max(1000, feed.next);
        } catch {
          delay = Math.min(delay * 2, MAX_BACKOFF_MS);
        }
      }
      timer = setTimeout(tick, delay);
    };
    timer = setTimeout(tick, delay);
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden && !closed && timer !== undefined) {
        clearTimeout(timer);
        void tick();
      }
    });
  }
})();
