"use server";

import { purgeArticle, restoreFromTrash, trashArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function trashArticleAction(ref: unknown) {
  return signedInAction("article.trash", (actor) => trashArticle(actor, ref), articleAnswer);
}

export async function restoreFromTrashAction(ref: unknown) {
  return signedInAction("article.untrash", (actor) => restoreFromTrash(actor, ref), articleAnswer);
}

/** Admins only (the service checks): gone for good, with its revisions. */
export async function purgeArticleAction(id: unknown) {
  return signedInAction("article.purge", (actor) => purgeArticle(actor, id));
}
