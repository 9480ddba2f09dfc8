"use server";

import { restoreRevision } from "@/modules/articles/service";
import { runArticleAction } from "./run";

export async function restoreRevisionAction(ref: unknown, revisionId: unknown) {
  return runArticleAction("article.restoreRevision", (actor) => restoreRevision(actor, ref, revisionId));
}
