import { z } from "zod";
import type { FieldErrors } from "./errors";

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
 * One line of text (headline, alt text, credit…): control characters have no
 * place in it; a newline pasted from a document is folded into a space
 * instead of being refused.
 */
export function singleLine(field: string, max: number) {
  return z
    .string({ error: `${field} must be text.` })
    .transform((s) => s.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .pipe(z.string().max(max, `${field}: at most ${max} characters.`));
}
