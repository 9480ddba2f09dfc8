"use server";

import { searchLinkTargets } from "@/modules/articles/queries";
import { signedInAction } from "@/modules/auth/action";

/** The link dialog's search over the site's own published articles. */
export async function searchLinkTargetsAction(query: unknown) {
  return signedInAction("article.link-search", (actor) => searchLinkTargets(actor, query));
}
