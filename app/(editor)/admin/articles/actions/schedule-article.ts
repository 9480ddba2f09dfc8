"use server";

import { scheduleArticle, unscheduleArticle } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

/** `at` is an ISO instant (UTC); the form converts from Berlin time. */
export async function scheduleArticleAction(ref: unknown, at: unknown) {
  return runArticleAction("article.schedule", (actor) => scheduleArticle(actor, ref, at));
}

export async function unscheduleArticleAction(ref: unknown) {
  return runArticleAction("article.unschedule", (actor) => unscheduleArticle(actor, ref));
}
