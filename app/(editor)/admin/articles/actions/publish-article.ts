"use server";

import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { publishArticle } from "@/modules/articles/service";

export async function publishArticleAction(ref: unknown) {
  return runAction("article.publish", async () => {
    const actor = await requireUser();
    const result = await publishArticle(actor, ref);
    invalidateTags(result.invalidate);
    return result.article;
  });
}
