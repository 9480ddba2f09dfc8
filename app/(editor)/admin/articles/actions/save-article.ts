"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { createArticle, discardWorkingCopy, updateArticle } from "@/modules/articles/service";
import { signedInAction } from "@/modules/auth/action";
import { articleAnswer } from "./answer";

/**
 * Saves the article form. Without a ref it creates a draft; with one it writes
 * only if the stored version is still the one the editor loaded. `mode`
 * "autosave" records an autosave revision (merged per editor per 10 minutes);
 * on a published article it writes the working copy, which readers do not
 * see, and "save" is "Update": the changes go live.
 */
export async function saveArticleAction(ref: unknown, fields: unknown, mode: unknown = "save") {
  return signedInAction(
    "article.save",
    z.tuple([arg.ref.nullable(), arg.fields, arg.oneOf(["save", "autosave"]).optional()]),
    [ref, fields, mode],
    (actor, [r, input, how]) => (r === null ? createArticle(actor, input) : updateArticle(actor, r, input, { autosave: how === "autosave" })),
    articleAnswer,
  );
}

/** Throws away a published article's unpublished changes; the live text stays as it is. */
export async function discardWorkingCopyAction(ref: unknown) {
  return signedInAction("article.discardWorkingCopy", z.tuple([arg.ref]), [ref], (actor, [r]) => discardWorkingCopy(actor, r), articleAnswer);
}
