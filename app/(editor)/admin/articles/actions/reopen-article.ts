"use server";

import { reopenArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function reopenArticleAction(ref: unknown) {
  return signedInAction("article.reopen", (actor) => reopenArticle(actor, ref), articleAnswer);
}
