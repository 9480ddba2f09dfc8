// The only script a reader page runs (a few KB instead of React and Next's
// router): the pages are complete HTML from the server, and what they do in
// the browser is two small things (a live ticker page adds public/live-ticker.js). The server removes Next's scripts from
// reader pages (server/lean-page.mjs); the markup these hook into comes from
// src/components/site (BreakingBanner, CopyLinkButton).
(() => {
  "use strict";

  // ---- "Eilmeldung": one cached answer for every reader, asked every 15 s while the tab is visible.
  const BREAKING_POLL_MS = 15000;
  const breaking = document.querySelector("[data-breaking]");
  const breakingTemplate = document.querySelector("template[data-breaking-template]");
  if (breaking && breakingTemplate) {
    let shownId = null;
    const showBanner = (banner) => {
      if (!banner) {
        shownId = null;
        breaking.replaceChildren();
        return;
      }
      if (banner.id === shownId) return;
      shownId = banner.id;
      const region = breakingTemplate.content.firstElementChild.cloneNode(true);
      const link = region.querySelector("a");
      link.textContent = banner.text;
      link.setAttribute("href", banner.href);
      breaking.replaceChildren(region);
    };
    const askBreaking = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch("/eilmeldung.json", { cache: "no-store" });
        const data = await response.json();
        showBanner(data && data.id && data.text && data.href ? data : null);
        // What tests wait for before they look: the page has its answer.
        breaking.setAttribute("data-asked", "");
      } catch {
        // Offline or a hiccup: keep what is shown, ask again later.
      }
    };
    void askBreaking();
    setInterval(askBreaking, BREAKING_POLL_MS);
    document.addEventListener("visibilitychange", askBreaking);
  }

  // ---- "Link kopieren": only shown where a clipboard exists.
  for (const item of document.querySelectorAll("[data-copy-link]")) {
    if (!navigator.clipboard) continue;
    const button = item.querySelector("button");
    const status = item.querySelector("[role=status]");
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(item.getAttribute("data-copy-link")).then(
        () => (status.textContent = "Link kopiert"),
        () => (status.textContent = ""),
      );
    });
    item.hidden = false;
  }
})();
