"use server";

import { publishArticle } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

/** Publish now: from a draft, "Approve and publish" from review, or ahead of a schedule. */
export async function publishArticleAction(ref: unknown) {
  return runArticleAction("article.publish", (actor) => publishArticle(actor, ref));
}
