"use server";

import { signedInAction } from "@/modules/auth/action";
import { cancelScheduledFront, publishFront, restoreFrontRevision, saveFrontDraft, scheduleFront } from "@/modules/fronts/service";

// The service checks the permission and the version; a published layout's
// front expires before the answer, so the desk's "View" shows it at once.
const now = { expire: "now" } as const;

export async function saveFrontDraftAction(front: unknown, input: { version: unknown; slots: unknown; blocks?: unknown }) {
  return signedInAction("front.save", (actor) => saveFrontDraft(actor, front, input));
}

export async function publishFrontAction(front: unknown, input: { version: unknown; slots: unknown; blocks?: unknown }) {
  return signedInAction("front.publish", (actor) => publishFront(actor, front, input), now);
}

export async function scheduleFrontAction(front: unknown, input: { version: unknown; slots: unknown; blocks?: unknown; at: unknown }) {
  return signedInAction("front.schedule", (actor) => scheduleFront(actor, front, input));
}

export async function cancelScheduledFrontAction(front: unknown, input: { version: unknown }) {
  return signedInAction("front.unschedule", (actor) => cancelScheduledFront(actor, front, input));
}

export async function restoreFrontRevisionAction(front: unknown, input: { version: unknown; revisionId: unknown }) {
  return signedInAction("front.restore", (actor) => restoreFrontRevision(actor, front, input), now);
}
