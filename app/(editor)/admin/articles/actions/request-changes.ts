"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { requestChanges } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function requestChangesAction(ref: unknown, comment: unknown) {
  return signedInAction("article.requestChanges", z.tuple([arg.ref, arg.text(4000)]), [ref, comment], (actor, [r, text]) => requestChanges(actor, r, text), articleAnswer);
}
