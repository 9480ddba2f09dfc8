import type { MessageKeys, Messages, NestedKeyOf } from "use-intl";
import { z } from "zod";

// Messages that cross a boundary before anyone knows who reads them: a
// service's refusal, a schema's complaint about a field. They travel as
// strings (errors and zod keep their types) carrying a catalogue key and
// values, and are put into words where the reader is known: the action
// boundary (src/lib/action.ts) on the server, `useMessage` in the browser.

/** Every leaf key of the catalogues ("articles.errors.headlineTooLong"). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
type Value = string | number | Date;
export type MessageValues = Record<string, Value>;

const MARK = "\u{E000}i18n:";

/** A message to be put into words later; values may be messages themselves (a field's name). */
export function msg(key: MessageKey, values?: MessageValues): string {
  const encoded: Record<string, Value | { d: string }> = {};
  for (const [name, value] of Object.entries(values ?? {})) encoded[name] = value instanceof Date ? { d: value.toISOString() } : value;
  return `${MARK}${JSON.stringify([key, encoded])}`;
}

export function isMessage(text: unknown): text is string {
  return typeof text === "string" && text.startsWith(MARK);
}

/** The key and values of a message made by `msg`, or null for plain text. */
export function decodeMessage(text: string): { key: MessageKey; values: MessageValues } | null {
  if (!isMessage(text)) return null;
  try {
    const [key, raw] = JSON.parse(text.slice(MARK.length)) as [MessageKey, Record<string, Value | { d: string }>];
    const values: MessageValues = {};
    for (const [name, value] of Object.entries(raw ?? {})) values[name] = value && typeof value === "object" && "d" in value ? new Date(value.d) : (value as Value);
    return { key, values };
  } catch {
    return null;
  }
}

/** Anything that turns a key and values into words: use-intl's translator without a namespace. */
export type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** Puts a message (or plain text, unchanged) into words; nested messages first. */
export function localize(translate: Translate, text: string): string {
  const message = decodeMessage(text);
  if (!message) return text;
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(message.values)) values[name] = typeof value === "string" ? localize(translate, value) : value;
  return translate(message.key, values);
}

/** Every message of a field-error map put into words. */
export function localizeFieldErrors(translate: Translate, errors: Record<string, string[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(errors)) if (list) out[field] = list.map((m) => localize(translate, m));
  return out;
}

// A schema check without a message of its own (a list item's length, a
// request a script got wrong) says so in the person's language instead of
// zod's English. Every schema that names a field gives its own message.
z.config({ customError: () => msg("validation.invalid") });
