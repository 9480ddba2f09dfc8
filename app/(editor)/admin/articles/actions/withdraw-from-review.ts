"use server";

import { withdrawFromReview } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function withdrawFromReviewAction(ref: unknown) {
  return signedInAction("article.withdraw", (actor) => withdrawFromReview(actor, ref), articleAnswer);
}
