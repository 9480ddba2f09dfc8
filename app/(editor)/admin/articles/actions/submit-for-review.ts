"use server";

import { submitForReview } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function submitForReviewAction(ref: unknown, note: unknown) {
  return signedInAction("article.submit", (actor) => submitForReview(actor, ref, note), articleAnswer);
}
