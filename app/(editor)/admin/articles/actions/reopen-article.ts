"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { reopenArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function reopenArticleAction(ref: unknown) {
  return signedInAction("article.reopen", z.tuple([arg.ref]), [ref], (actor, [r]) => reopenArticle(actor, r), articleAnswer);
}
