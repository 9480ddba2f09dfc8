"use server";

import { runAction } from "@/lib/action";
import { requireUser } from "@/modules/auth/session";
import { createPreviewLink, revokePreviewLink } from "@/modules/articles/previews";

export async function createPreviewLinkAction(articleId: unknown, hours: unknown) {
  return runAction("preview.create", async () => createPreviewLink(await requireUser(), articleId, hours));
}

export async function revokePreviewLinkAction(linkId: unknown) {
  return runAction("preview.revoke", async () => revokePreviewLink(await requireUser(), linkId));
}
