"use server";

import { submitForReview } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

export async function submitForReviewAction(ref: unknown, note: unknown) {
  return runArticleAction("article.submit", (actor) => submitForReview(actor, ref, note));
}
