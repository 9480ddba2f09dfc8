"use server";

import { scheduleArticle, unscheduleArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

/** `at` is an ISO instant (UTC); the form converts from Berlin time. */
export async function scheduleArticleAction(ref: unknown, at: unknown) {
  return signedInAction("article.schedule", (actor) => scheduleArticle(actor, ref, at), articleAnswer);
}

export async function unscheduleArticleAction(ref: unknown) {
  return signedInAction("article.unschedule", (actor) => unscheduleArticle(actor, ref), articleAnswer);
}
