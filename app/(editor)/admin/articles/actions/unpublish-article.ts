"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { unpublishArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function unpublishArticleAction(ref: unknown) {
  return signedInAction("article.unpublish", z.tuple([arg.ref]), [ref], (actor, [r]) => unpublishArticle(actor, r), articleAnswer);
}
