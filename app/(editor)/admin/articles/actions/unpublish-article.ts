"use server";

import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { unpublishArticle } from "@/modules/articles/service";

export async function unpublishArticleAction(ref: unknown) {
  return runAction("article.unpublish", async () => {
    const actor = await requireUser();
    const result = await unpublishArticle(actor, ref);
    invalidateTags(result.invalidate);
    return result.article;
  });
}
