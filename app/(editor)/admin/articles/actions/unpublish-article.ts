"use server";

import { unpublishArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function unpublishArticleAction(ref: unknown) {
  return signedInAction("article.unpublish", (actor) => unpublishArticle(actor, ref), articleAnswer);
}
