"use server";

import { runAction } from "@/lib/action";
import { requireUser } from "@/modules/auth/session";
import { acquireLock, heartbeat } from "@/modules/articles/locks";

export async function acquireLockAction(articleId: unknown, clientId: unknown, takeOver: unknown = false) {
  return runAction("article.lock", async () => acquireLock(await requireUser(), articleId, clientId, takeOver === true));
}

export async function heartbeatAction(articleId: unknown, clientId: unknown) {
  return runAction("article.heartbeat", async () => heartbeat(await requireUser(), articleId, clientId));
}
