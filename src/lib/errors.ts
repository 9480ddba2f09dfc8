// Typed errors: the domain layer throws these, the action/route layer turns them
// into a clear message for a person. Anything else is logged and shown as a
// generic failure, never as a stack trace. Messages are catalogue keys made
// with msg() (src/i18n/message.ts), put into the person's words at the edge.
import { msg } from "@/i18n/message";

export type FieldErrors = Record<string, string[]>;

export abstract class AppError extends Error {
  abstract readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED";
}

export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND" as const;
  constructor(message = msg("errors.notFound")) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  readonly code = "UNAUTHORIZED" as const;
  constructor(message = msg("errors.unauthorized")) {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = "FORBIDDEN" as const;
  constructor(message = msg("errors.forbidden")) {
    super(message);
  }
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT" as const;
  constructor(
    message: string,
    /** The version now stored, so a client can offer to reload or compare. */
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  readonly code = "VALIDATION" as const;
  constructor(
    readonly fieldErrors: FieldErrors,
    message = msg("errors.invalid"),
  ) {
    super(message);
  }
}

/** Too much at once (a person's upload rate, a full work queue): try again later. */
export class TooManyRequestsError extends AppError {
  readonly code = "RATE_LIMITED" as const;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
