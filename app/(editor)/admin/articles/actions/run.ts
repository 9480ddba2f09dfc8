import "server-only";
import { after } from "next/server";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import type { Actor } from "@/modules/auth/actor";
import { requireUser } from "@/modules/auth/session";
import type { EditableArticle } from "@/modules/articles/dto";
import type { WriteResult } from "@/modules/articles/service";

/**
 * The whole body of an article action: authenticate, call the service (which
 * checks the permission table and the workflow), hand the editor the new state,
 * and expire the reader caches the service names right after the response.
 * Expiring them inside the action would make Next re-render the editor's route
 * with the response, and a form that began at /new would remount mid-typing.
 */
export function runArticleAction(name: string, write: (actor: Actor) => Promise<WriteResult>): Promise<ActionResult<EditableArticle>> {
  return runAction(name, async () => {
    const result = await write(await requireUser());
    if (result.invalidate.length > 0) after(() => invalidateTags(result.invalidate));
    return result.article;
  });
}
