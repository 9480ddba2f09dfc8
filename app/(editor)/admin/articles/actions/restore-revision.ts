"use server";

import { restoreRevision } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function restoreRevisionAction(ref: unknown, revisionId: unknown) {
  return signedInAction("article.restoreRevision", (actor) => restoreRevision(actor, ref, revisionId), articleAnswer);
}
