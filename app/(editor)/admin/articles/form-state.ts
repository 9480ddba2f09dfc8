"use client";

// The form's unsaved work, kept outside the component: when an action expires
// reader caches, Next re-renders the route, and a form that started at /new
// remounts as /[id]. Whatever was typed between the action and the remount is
// picked up from here instead of being replaced by the server's copy.

type Live<T> = { fields: T; slugTouched: boolean; dirty: boolean };
const live = new Map<string, Live<unknown>>();

export function rememberFormState<T>(key: string, state: Live<T>) {
  live.set(key, state);
}

/** Unsaved work for this article from a previous mount in this tab, if any. */
export function carriedFormState<T>(key: string | undefined): Live<T> | undefined {
  const state = key ? (live.get(key) as Live<T> | undefined) : undefined;
  return state?.dirty ? state : undefined;
}
