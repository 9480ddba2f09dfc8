"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { cancelScheduledFront, publishFront, restoreFrontRevision, saveFrontDraft, scheduleFront } from "@/modules/fronts/service";

// The service checks the permission and the version; a published layout's
// front expires before the answer, so the desk's "View" shows it at once.
const now = { expire: "now" } as const;
/** The front's name in addresses: "home", or a section's slug ("politik"). */
const front = arg.matching(/^[a-z0-9][a-z0-9-]{0,79}$/);
const version = arg.count(0, 2 ** 31); // a front never saved is at version 0
const layout = arg.object({ version, slots: z.array(z.unknown()).max(50), blocks: z.array(z.unknown()).max(500).nullable().optional() });

export async function saveFrontDraftAction(key: unknown, input: unknown) {
  return signedInAction("front.save", z.tuple([front, layout]), [key, input], (actor, [f, fields]) => saveFrontDraft(actor, f, fields));
}

export async function publishFrontAction(key: unknown, input: unknown) {
  return signedInAction("front.publish", z.tuple([front, layout]), [key, input], (actor, [f, fields]) => publishFront(actor, f, fields), now);
}

export async function scheduleFrontAction(key: unknown, input: unknown) {
  return signedInAction("front.schedule", z.tuple([front, layout.extend({ at: arg.dateTime })]), [key, input], (actor, [f, fields]) => scheduleFront(actor, f, fields));
}

export async function cancelScheduledFrontAction(key: unknown, input: unknown) {
  return signedInAction("front.unschedule", z.tuple([front, arg.object({ version })]), [key, input], (actor, [f, fields]) => cancelScheduledFront(actor, f, fields));
}

export async function restoreFrontRevisionAction(key: unknown, input: unknown) {
  return signedInAction("front.restore", z.tuple([front, arg.object({ version, revisionId: arg.id })]), [key, input], (actor, [f, fields]) => restoreFrontRevision(actor, f, fields), now);
}
