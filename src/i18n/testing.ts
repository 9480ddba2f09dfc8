import type { FieldErrors } from "@/lib/errors";
import { messageIn } from "./translator";

// For tests that read what a person is told: services and schemas speak in
// catalogue keys (src/i18n/message.ts); these put them into English words.

export function inEnglish(text: string): string {
  return messageIn("en", text);
}

export function inGerman(text: string): string {
  return messageIn("de", text);
}

export function fieldsInEnglish(errors: FieldErrors | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, list]) => [field, list.map(inEnglish)]));
}
