"use client";

import { useLayoutEffect, useRef } from "react";
import { typographyOnInput } from "@/modules/articles/typography";

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Text inputs get German typography as one types („…“, –, …); the caret stays
 * where it was. `typed(key)` is an onChange handler that passes the corrected
 * value to `onValue`.
 */
export function useTypography<K extends string>(onValue: (key: K, value: string) => void) {
  // Where the caret belongs after a fix, applied right after React writes the value.
  const caretFix = useRef<{ input: TextControl; caret: number } | null>(null);
  useLayoutEffect(() => {
    const fix = caretFix.current;
    caretFix.current = null;
    fix?.input.setSelectionRange(fix.caret, fix.caret);
  });
  return (key: K) => (event: React.ChangeEvent<TextControl>) => {
    const input = event.target;
    const { value, caret } = typographyOnInput(input.value, input.selectionStart ?? input.value.length);
    if (value !== input.value) caretFix.current = { input, caret };
    onValue(key, value);
  };
}
