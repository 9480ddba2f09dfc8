"use server";

import { createArticle, updateArticle } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

/**
 * Saves the article form. Without a ref it creates a draft; with one it writes
 * only if the stored version is still the one the editor loaded. `mode`
 * "autosave" records an autosave revision (merged per editor per 10 minutes).
 */
export async function saveArticleAction(ref: unknown, fields: unknown, mode: unknown = "save") {
  return signedInAction(
    "article.save",
    (actor) => (ref == null ? createArticle(actor, fields) : updateArticle(actor, ref, fields, { autosave: mode === "autosave" })),
    articleAnswer,
  );
}
