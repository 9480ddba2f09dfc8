"use server";

import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { createArticle, updateArticle } from "@/modules/articles/service";

/**
 * Saves the article form. Without a ref it creates a draft; with one it writes
 * only if the stored version is still the one the editor loaded.
 */
export async function saveArticleAction(ref: unknown, fields: unknown) {
  return runAction("article.save", async () => {
    const actor = await requireUser();
    const result = ref == null ? await createArticle(actor, fields) : await updateArticle(actor, ref, fields);
    invalidateTags(result.invalidate);
    return result.article;
  });
}
