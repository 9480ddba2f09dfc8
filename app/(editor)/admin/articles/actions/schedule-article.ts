"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { scheduleArticle, unscheduleArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

/** `at` is an ISO instant (UTC); the form converts from Berlin time. */
export async function scheduleArticleAction(ref: unknown, at: unknown) {
  return signedInAction("article.schedule", z.tuple([arg.ref, arg.dateTime]), [ref, at], (actor, [r, when]) => scheduleArticle(actor, r, when), articleAnswer);
}

export async function unscheduleArticleAction(ref: unknown) {
  return signedInAction("article.unschedule", z.tuple([arg.ref]), [ref], (actor, [r]) => unscheduleArticle(actor, r), articleAnswer);
}
