import "server-only";
import { after } from "next/server";
import type { z } from "zod";
import { getNewsroomLocale } from "@/i18n/server";
import { inWords, runAction } from "@/lib/action";
import { config } from "@server/config.mjs";
import type { ActionResult } from "@/lib/action-result";
import { parseArgs } from "@/lib/action-args";
import { clientIp } from "@/lib/request";
import type { Actor } from "./actor";
import { requireUser } from "./session";
import { purge } from "../system/purge";

/**
 * The one way a server action runs (Dub's action client, in small): sign-in
 * checked, the service called (it checks the permission table), the cache tags
 * it names expired, typed errors turned into a message, anything else logged.
 * Every action in app/ is one call of these two functions.
 */
/** What a service answers after a write: anything, plus the cache tags it changed. */
type Answer<R> = R extends { invalidate?: readonly string[] } ? Omit<R, "invalidate"> : R;

type Options<R, T> = {
  /** What the browser gets back; by default the service's answer without its cache tags. */
  answer?: (result: R) => T;
  /**
   * When the reader caches expire. "after-response" (the default): right after
   * the answer is sent, so Next does not re-render the editor's own route with
   * it (a form begun at /new would remount mid-typing). "now": before the
   * answer, for pages that show the cached data themselves (sections, profile).
   */
  expire?: "after-response" | "now";
};

function tagsOf(result: unknown): readonly string[] {
  if (result === null || typeof result !== "object" || !("invalidate" in result)) return [];
  const tags = (result as { invalidate?: unknown }).invalidate;
  return Array.isArray(tags) ? (tags as string[]) : [];
}

function withoutTags<R>(result: R): Answer<R> {
  if (result === null || typeof result !== "object" || !("invalidate" in result)) return result as Answer<R>;
  const { invalidate: _tags, ...rest } = result as R & { invalidate?: unknown };
  return rest as Answer<R>;
}

/**
 * An action for signed-in people: sign-in first (someone signed out learns
 * nothing about the arguments), then `args` parses what was sent (`raw`, the
 * action's own parameters as they came over HTTP) before `work` sees it.
 */
export function signedInAction<S extends z.ZodTuple, R, T = Answer<R>>(
  name: string,
  args: S,
  raw: readonly unknown[],
  work: (actor: Actor, args: z.output<S>) => Promise<R>,
  options: Options<R, T> = {},
): Promise<ActionResult<T>> {
  return spoken(runAction(name, async () => {
    const actor = await requireUser();
    const result = await work(actor, parseArgs(args, raw));
    const tags = tagsOf(result);
    if (tags.length > 0) {
      // Before the answer when the person will look at the result at once, else right after it.
      if (options.expire === "now") after(purge(tags));
      else after(() => purge(tags));
    }
    return (options.answer ? options.answer(result) : withoutTags(result)) as T;
  }));
}

/** An action anyone may call (first-run setup, accepting an invitation): the service gets the client's address for its audit and throttling. */
export function publicAction<S extends z.ZodTuple, T>(name: string, args: S, raw: readonly unknown[], work: (ip: string, args: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  return spoken(runAction(name, async () => work(await clientIp(), parseArgs(args, raw))));
}

/** The answer in the asking person's language; signed out or with the database away, their browser's, else the site's. */
async function spoken<T>(answer: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const result = await answer;
  if (result.ok) return result;
  return inWords(result, await getNewsroomLocale().catch(() => config().newsroomLocale));
}
