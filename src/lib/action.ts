import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "./action-result";
import { isDatabaseUnavailable } from "./db";
import { ConflictError, ValidationError, isAppError } from "./errors";
import { log } from "./log";

/**
 * The body of every server action: run the service call, turn typed errors into
 * a clear result, and log anything unexpected without showing it to a person.
 */
export async function runAction<T>(name: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    unstable_rethrow(error); // redirects and notFound() are not failures
    if (isAppError(error)) {
      if (error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED") {
        log.warn("action.refused", { action: name, code: error.code });
      }
      return {
        ok: false,
        code: error.code,
        message: error.message,
        fieldErrors: error instanceof ValidationError ? error.fieldErrors : undefined,
        currentVersion: error instanceof ConflictError ? error.currentVersion : undefined,
      };
    }
    if (isDatabaseUnavailable(error)) {
      // A restart or failover of the database: nothing was written, and the same call will work again shortly.
      log.warn("action.database-unavailable", { action: name, error: String((error as Error)?.message ?? error).slice(0, 300) });
      return { ok: false, code: "UNAVAILABLE", message: "The database could not be reached just now, so nothing was changed. Please try again in a moment." };
    }
    log.error("action.failed", { action: name, error });
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side and nothing was changed. Please try again." };
  }
}
