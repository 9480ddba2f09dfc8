"use server";

import { changeAuthors } from "@/modules/articles/service";
import { runArticleAction } from "./run";

export async function changeAuthorsAction(ref: unknown, authorIds: unknown) {
  return runArticleAction("article.changeAuthors", (actor) => changeAuthors(actor, ref, authorIds));
}
