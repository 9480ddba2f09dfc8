"use client";

import { useCallback, useEffect, useState } from "react";
import type { LockView } from "@/modules/articles/locks";
import { HEARTBEAT_MS } from "@/modules/articles/editing";
import { acquireLockAction, heartbeatAction } from "./actions/editing-lock";

/** One id per browser tab, kept across reloads (sessionStorage is per tab). */
function tabId(): string {
  const key = "redaktion:tab";
  let id = sessionStorage.getItem(key);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem(key, id);
  }
  return id;
}

/**
 * Takes the article's editing lock when the editor opens, renews it every 20 s
 * and whenever the tab comes back into view, and reports when someone else
 * holds it (or took it over).
 */
export function useEditingLock(articleId: string | null, enabled: boolean) {
  const [lock, setLock] = useState<LockView | null>(null);

  const check = useCallback(async () => {
    if (!articleId || !enabled) return;
    const result = await heartbeatAction(articleId, tabId());
    if (result.ok) setLock(result.data);
  }, [articleId, enabled]);

  useEffect(() => {
    if (!articleId || !enabled) return;
    let active = true;
    void acquireLockAction(articleId, tabId()).then((result) => {
      if (active && result.ok) setLock(result.data);
    });
    const timer = window.setInterval(() => void check(), HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    // Closing the tab (or leaving the page) lets go of the lock at once, so reopening finds it free.
    const release = () => navigator.sendBeacon(`/api/articles/${encodeURIComponent(articleId)}/lock`, new Blob([tabId()], { type: "text/plain" }));
    // Back from the browser's page cache: take it again.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void acquireLockAction(articleId, tabId()).then((result) => result.ok && setLock(result.data));
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    window.addEventListener("pagehide", release);
    window.addEventListener("pageshow", onShow);
    return () => {
      active = false;
      // Leaving the editor inside the newsroom (no pagehide) lets go too.
      release();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
      window.removeEventListener("pagehide", release);
      window.removeEventListener("pageshow", onShow);
    };
  }, [articleId, enabled, check]);

  const takeOver = useCallback(async () => {
    if (!articleId) return;
    const result = await acquireLockAction(articleId, tabId(), true);
    if (result.ok) setLock(result.data);
  }, [articleId]);

  return { lock, takeOver, recheck: check };
}
