"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { restoreRevision } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function restoreRevisionAction(ref: unknown, revisionId: unknown) {
  return signedInAction("article.restoreRevision", z.tuple([arg.ref, arg.id]), [ref, revisionId], (actor, [r, revision]) => restoreRevision(actor, r, revision), articleAnswer);
}
