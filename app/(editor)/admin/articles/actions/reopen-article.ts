"use server";

import { reopenArticle } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

export async function reopenArticleAction(ref: unknown) {
  return runArticleAction("article.reopen", (actor) => reopenArticle(actor, ref));
}
