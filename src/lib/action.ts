import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "./action-result";
import { isDatabaseUnavailable } from "./db";
import { ConflictError, ValidationError, isAppError } from "./errors";
import type { NewsroomLocale } from "@/i18n/locales";
import { msg } from "@/i18n/message";
import { messageIn } from "@/i18n/translator";
import { log } from "./log";

/**
 * The body of every server action: run the service call, turn typed errors into
 * a clear result, and log anything unexpected without showing it to a person.
 */
export async function runAction<T>(name: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return refusalOf(name, error);
  }
}

type Refusal = Extract<ActionResult<never>, { ok: false }>;

/**
 * A refusal in a person's words: services and schemas leave messages as
 * catalogue keys (src/i18n/message.ts); the action layer, which knows who
 * asked, calls this with their language.
 */
export function inWords<T>(result: ActionResult<T>, locale: NewsroomLocale): ActionResult<T> {
  if (result.ok) return result;
  const say = (text: string) => messageIn(locale, text);
  const fieldErrors = result.fieldErrors ? Object.fromEntries(Object.entries(result.fieldErrors).map(([field, list]) => [field, list.map(say)])) : undefined;
  return { ...result, message: say(result.message), ...(fieldErrors ? { fieldErrors } : {}) };
}

function refusalOf(name: string, error: unknown): Refusal {
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
    return { ok: false, code: "UNAVAILABLE", message: msg("errors.unavailable") };
  }
  log.error("action.failed", { action: name, error });
  return { ok: false, code: "INTERNAL", message: msg("errors.internal") };
}
