import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import type { Actor } from "@/modules/auth/actor";
import { requireUser } from "@/modules/auth/session";
import type { EditableArticle } from "@/modules/articles/dto";
import type { WriteResult } from "@/modules/articles/service";

/**
 * The whole body of an article action: authenticate, call the service (which
 * checks the permission table and the workflow), expire the reader caches the
 * service names, hand the editor the new state.
 */
export function runArticleAction(name: string, write: (actor: Actor) => Promise<WriteResult>): Promise<ActionResult<EditableArticle>> {
  return runAction(name, async () => {
    const result = await write(await requireUser());
    invalidateTags(result.invalidate);
    return result.article;
  });
}
