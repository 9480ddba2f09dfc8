"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const AUTOSAVE_DELAY_MS = 3000;
/** Someone who types without a pause still gets a save this often. */
const AUTOSAVE_MAX_WAIT_MS = 15_000;
/** After a save that could not reach the newsroom or its database: try again after 2, 4, 8… up to 30 s. */
const retryDelayMs = (failures: number) => Math.min(30_000, 1000 * 2 ** failures);

/**
 * When the article form saves by itself: a few seconds after typing stops,
 * every 15 s of typing without a pause, and again (2, 4, 8… s later) after a
 * save that found no connection to the server or its database. `change` is
 * whatever identifies the current text; `save` runs the autosave.
 */
export function useAutosave({ enabled, change, save }: { enabled: boolean; change: unknown; save: () => void }) {
  const [retryTick, setRetryTick] = useState(0);
  const unsavedSince = useRef<number | null>(null);
  const failures = useRef(0);
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);

  useEffect(() => {
    if (!enabled) return;
    unsavedSince.current ??= Date.now();
    const delay = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, unsavedSince.current + AUTOSAVE_MAX_WAIT_MS - Date.now()));
    const timer = window.setTimeout(() => {
      unsavedSince.current = null;
      latestSave.current();
    }, delay);
    return () => window.clearTimeout(timer);
  }, [enabled, change, retryTick]);

  return {
    /** A save found no connection: try again later, a little later each time. */
    retryLater: useCallback(() => {
      failures.current += 1;
      window.setTimeout(() => setRetryTick((tick) => tick + 1), retryDelayMs(failures.current));
    }, []),
    /** A save went through: the next failure starts the back-off anew. */
    saved: useCallback(() => {
      failures.current = 0;
    }, []),
  };
}
