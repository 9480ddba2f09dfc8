"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { createPreviewLink, revokePreviewLink } from "@/modules/articles/previews";
import { signedInAction } from "@/modules/auth/action";

export async function createPreviewLinkAction(articleId: unknown, hours: unknown) {
  return signedInAction("preview.create", z.tuple([arg.id, arg.count(1, 24 * 365)]), [articleId, hours], (actor, [id, h]) => createPreviewLink(actor, id, h));
}

export async function revokePreviewLinkAction(linkId: unknown) {
  return signedInAction("preview.revoke", z.tuple([arg.id]), [linkId], (actor, [id]) => revokePreviewLink(actor, id));
}
