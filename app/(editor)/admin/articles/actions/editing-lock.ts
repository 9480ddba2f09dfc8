"use server";

import { acquireLock, heartbeat } from "@/modules/articles/locks";
import { signedInAction } from "@/modules/auth/action";

export async function acquireLockAction(articleId: unknown, clientId: unknown, takeOver: unknown = false) {
  return signedInAction("article.lock", (actor) => acquireLock(actor, articleId, clientId, takeOver === true));
}

export async function heartbeatAction(articleId: unknown, clientId: unknown) {
  return signedInAction("article.heartbeat", (actor) => heartbeat(actor, articleId, clientId));
}
