"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { changeAuthors } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function changeAuthorsAction(ref: unknown, authorIds: unknown) {
  return signedInAction("article.changeAuthors", z.tuple([arg.ref, z.array(arg.id).max(20)]), [ref, authorIds], (actor, [r, ids]) => changeAuthors(actor, r, ids), articleAnswer);
}
