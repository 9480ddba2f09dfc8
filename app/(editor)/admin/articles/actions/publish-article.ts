"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { publishArticle } from "@/modules/articles/transitions";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

/** Publish now: from a draft, "Approve and publish" from review, or ahead of a schedule. */
export async function publishArticleAction(ref: unknown) {
  return signedInAction("article.publish", z.tuple([arg.ref]), [ref], (actor, [r]) => publishArticle(actor, r), articleAnswer);
}
