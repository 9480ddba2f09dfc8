"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * The desk is the page an editor leaves open all day: it renders itself again
 * every `everyMs` and when its tab comes back into view, without a reload
 * (scroll position and focus stay).
 */
export function DeskRefresher({ everyMs = 30_000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = window.setInterval(refresh, everyMs);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [router, everyMs]);
  return null;
}
