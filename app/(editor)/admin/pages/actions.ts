"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { createPage, publishPage, savePage, unpublishPage } from "@/modules/pages/service";

// The services check the permission and the version; a published page's
// change expires every reader page before the answer (its footer may link it).
const now = { expire: "now" } as const;

export async function createPageAction(input: unknown) {
  return signedInAction("page.create", z.tuple([arg.fields]), [input], (actor, [fields]) => createPage(actor, fields), now);
}

export async function savePageAction(ref: unknown, input: unknown) {
  return signedInAction("page.save", z.tuple([arg.ref, arg.fields]), [ref, input], (actor, [r, fields]) => savePage(actor, r, fields), now);
}

export async function publishPageAction(ref: unknown, input: unknown) {
  return signedInAction("page.publish", z.tuple([arg.ref, arg.fields]), [ref, input], (actor, [r, fields]) => publishPage(actor, r, fields), now);
}

export async function unpublishPageAction(ref: unknown) {
  return signedInAction("page.unpublish", z.tuple([arg.ref]), [ref], (actor, [r]) => unpublishPage(actor, r), now);
}
