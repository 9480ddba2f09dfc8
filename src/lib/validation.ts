import { z } from "zod";
import type { FieldErrors } from "./errors";
import { typedText } from "./text";

/** zod issues as messages per top-level field ("form" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * One line of text (headline, alt text, credit…), through the one normaliser
 * (src/lib/text.ts): a newline pasted from a document is folded into a space
 * instead of being refused.
 */
export function singleLine(field: string, max: number) {
  return typedText(field, max, "line");
}

/**
 * A form's fields as the action edge hands them to a service (src/lib/action-args.ts
 * `fields`): named values, each checked by the service's own schema, which
 * owns the rules and the messages.
 */
export type Fields = Readonly<Record<string, unknown>>;
