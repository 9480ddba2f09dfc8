import type { FieldErrors } from "./errors";

/** What every server action answers: data, or a message a person can act on. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";
      message: string;
      fieldErrors?: FieldErrors;
      currentVersion?: number;
    };
