"use server";

import { requestChanges } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function requestChangesAction(ref: unknown, comment: unknown) {
  return signedInAction("article.requestChanges", (actor) => requestChanges(actor, ref, comment), articleAnswer);
}
