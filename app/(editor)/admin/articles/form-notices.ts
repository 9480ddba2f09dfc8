"use client";

import { useSyncExternalStore } from "react";

// The form's status line ("Saved 10:42", "Published") lives outside the form
// component: when an action expires reader caches, Next re-renders the current
// route, and a form that started at /new remounts as /[id]. The new instance
// picks up the message the old one wrote, even when it mounted first.

const FRESH_MS = 15_000;
const notices = new Map<string, { message: string; at: number }>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

export function setFormNotice(key: string, message: string) {
  const entry = { message, at: Date.now() };
  notices.set(key, entry);
  notify();
  // Stale after a few seconds: a remounted form must not repeat an old "Saved".
  setTimeout(() => {
    if (notices.get(key) !== entry) return;
    notices.delete(key);
    notify();
  }, FRESH_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest message for this article, or "" when there is none from the last few seconds (FRESH_MS). */
export function useFormNotice(key: string): string {
  const entry = useSyncExternalStore(
    subscribe,
    () => notices.get(key),
    () => undefined,
  );
  return entry?.message ?? "";
}
