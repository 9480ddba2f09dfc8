"use server";

import { createPreviewLink, revokePreviewLink } from "@/modules/articles/previews";
import { signedInAction } from "@/modules/auth/action";

export async function createPreviewLinkAction(articleId: unknown, hours: unknown) {
  return signedInAction("preview.create", (actor) => createPreviewLink(actor, articleId, hours));
}

export async function revokePreviewLinkAction(linkId: unknown) {
  return signedInAction("preview.revoke", (actor) => revokePreviewLink(actor, linkId));
}
