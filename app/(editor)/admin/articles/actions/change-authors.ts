"use server";

import { changeAuthors } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

export async function changeAuthorsAction(ref: unknown, authorIds: unknown) {
  return signedInAction("article.changeAuthors", (actor) => changeAuthors(actor, ref, authorIds), articleAnswer);
}
