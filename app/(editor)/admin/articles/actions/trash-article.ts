"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { purgeArticle, restoreFromTrash, trashArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function trashArticleAction(ref: unknown) {
  return signedInAction("article.trash", z.tuple([arg.ref]), [ref], (actor, [r]) => trashArticle(actor, r), articleAnswer);
}

export async function restoreFromTrashAction(ref: unknown) {
  return signedInAction("article.untrash", z.tuple([arg.ref]), [ref], (actor, [r]) => restoreFromTrash(actor, r), articleAnswer);
}

/** Admins only (the service checks): gone for good, with its revisions. */
export async function purgeArticleAction(id: unknown) {
  return signedInAction("article.purge", z.tuple([arg.id]), [id], (actor, [articleId]) => purgeArticle(actor, articleId));
}
