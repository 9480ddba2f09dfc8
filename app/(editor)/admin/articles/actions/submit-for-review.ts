"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { submitForReview } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function submitForReviewAction(ref: unknown, note: unknown) {
  return signedInAction("article.submit", z.tuple([arg.ref, arg.text(4000).optional()]), [ref, note], (actor, [r, text]) => submitForReview(actor, r, text), articleAnswer);
}
