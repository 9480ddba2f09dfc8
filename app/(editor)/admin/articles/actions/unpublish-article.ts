"use server";

import { unpublishArticle } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

export async function unpublishArticleAction(ref: unknown) {
  return runArticleAction("article.unpublish", (actor) => unpublishArticle(actor, ref));
}
