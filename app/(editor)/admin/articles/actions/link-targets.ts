"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { searchLinkTargets } from "@/modules/articles/queries";
import { signedInAction } from "@/modules/auth/action";

/** The link dialog's search over the site's own published articles. */
export async function searchLinkTargetsAction(query: unknown) {
  return signedInAction("article.link-search", z.tuple([arg.text(200)]), [query], (actor, [q]) => searchLinkTargets(actor, q));
}
