import { z } from "zod";
import { msg } from "@/i18n/message";
import { ValidationError, type FieldErrors } from "./errors";
import { isStorableDateTime } from "./dates";
import { hasBrokenCharacter } from "./text";

// What a server action may be called with, as zod schemas. Every action is a
// public HTTP endpoint whose arguments an attacker writes by hand: they are
// parsed here, at the edge, before any service or query sees them, so a lone
// surrogate as an id, a null where a form was expected or the year 10000 is a
// field message, never a database error (src/modules/auth/action.ts).

/** The ids the database makes (cuid, hex, msg_…): letters, digits, _ and -. Branded, so a service can ask for a checked one. */
export const id = z
  .string({ error: msg("validation.request") })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, msg("validation.request"))
  .brand<"Id">();
export type Id = z.output<typeof id>;

/** An article (or any versioned thing) as the editor loaded it. */
export const ref = z.object(
  {
    id,
    version: z.number({ error: msg("articles.errors.versionMissing") }).int(msg("articles.errors.versionMissing")).min(1, msg("articles.errors.versionMissing")).max(2 ** 31, msg("articles.errors.versionMissing")),
  },
  { error: msg("validation.request") },
);

/** A version number alone. */
export const version = ref.shape.version;

/**
 * A form's fields: an object (not null, not a list); each field is checked by
 * the service's own schema, which names the field in its message.
 */
export const fields = z.record(z.string(), z.unknown(), { error: msg("validation.request") });

/** An object of known parts (each part its own schema). */
export const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: msg("validation.request") });

/** A string of a known form ("home" or "section:<id>"). */
export const matching = (pattern: RegExp) => z.string({ error: msg("validation.request") }).regex(pattern, msg("validation.request"));

/** Free text from a person (a search, a note): a string of at most `max` characters, no broken character. */
export const text = (max: number) =>
  z
    .string({ error: msg("validation.request") })
    .max(max, msg("validation.request"))
    .refine((s) => !hasBrokenCharacter(s), msg("validation.brokenCharacter", { field: msg("validation.thisField") }));

export const flag = z.boolean({ error: msg("validation.request") });

/** A whole number in a range (hours, milliseconds…). */
export const count = (min: number, max: number) => z.number({ error: msg("validation.request") }).int(msg("validation.request")).min(min, msg("validation.request")).max(max, msg("validation.request"));

/** A date-time the database can hold (ISO 8601, years 1000–9999). */
export const dateTime = z.string({ error: msg("validation.request") }).max(40, msg("validation.request")).refine(isStorableDateTime, msg("validation.dateTime"));

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: msg("validation.request") });

/**
 * The arguments of one action, parsed; a refusal in words otherwise. Problems
 * inside a form's fields keep the field's name (the form shows them beside
 * the field); anything else is "the request was not understood".
 */
export function parseArgs<S extends z.ZodTuple>(schema: S, raw: readonly unknown[]): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length >= 2 && typeof issue.path[1] === "string" ? issue.path[1] : "form";
    const list = (errors[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  throw new ValidationError(errors, errors.form?.[0]);
}
