"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { withdrawFromReview } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function withdrawFromReviewAction(ref: unknown) {
  return signedInAction("article.withdraw", z.tuple([arg.ref]), [ref], (actor, [r]) => withdrawFromReview(actor, r), articleAnswer);
}
