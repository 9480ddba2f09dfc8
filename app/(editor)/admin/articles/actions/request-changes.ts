"use server";

import { requestChanges } from "@/modules/articles/transitions";
import { runArticleAction } from "./run";

export async function requestChangesAction(ref: unknown, comment: unknown) {
  return runArticleAction("article.requestChanges", (actor) => requestChanges(actor, ref, comment));
}
