"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// A copy of the form in this browser, written a second after each change, so a
// crashed tab or a lost connection costs at most a few seconds of typing. It
// is offered back when the article is opened again and the copy differs from
// what the server has.

const PREFIX = "redaktion:local-copy:";
const WRITE_DELAY_MS = 1000;

export type LocalCopy<T> = { fields: T; savedAt: number };

export function useLocalCopy<T>(key: string, fields: T, dirty: boolean, serverFields: T) {
  const storageKey = PREFIX + key;
  const [offer, setOffer] = useState<LocalCopy<T> | null>(null);
  const decided = useRef(false);

  // On opening (once: a new article's key changes when it gets its id): is there
  // a copy that differs from the server's text?
  useEffect(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return;
      const copy = JSON.parse(raw) as LocalCopy<T>;
      // localStorage exists only in the browser, after hydration: reading it here and offering the copy is the point.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (JSON.stringify(copy.fields) !== JSON.stringify(serverFields)) setOffer(copy);
      else localStorage.removeItem(storageKey);
    } catch {
      localStorage.removeItem(storageKey);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!dirty || offer) return;
    const timer = window.setTimeout(() => {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ fields, savedAt: Date.now() } satisfies LocalCopy<T>));
      } catch {
        // Storage full or disabled: the server copy (autosave) still protects the text.
      }
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [storageKey, fields, dirty, offer]);

  /** After a successful save of exactly these fields: nothing left to protect. */
  const clear = useCallback(() => localStorage.removeItem(storageKey), [storageKey]);
  const dismiss = useCallback(() => {
    decided.current = true;
    setOffer(null);
    localStorage.removeItem(storageKey);
  }, [storageKey]);
  /** Moves the copy under a new key (a new article got its id). */
  const rename = useCallback(
    (newKey: string) => {
      const raw = localStorage.getItem(storageKey);
      if (raw) localStorage.setItem(PREFIX + newKey, raw);
      localStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  return { offer, dismiss, clear, rename };
}
