"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { acquireLock, heartbeat } from "@/modules/articles/locks";
import { signedInAction } from "@/modules/auth/action";

export async function acquireLockAction(articleId: unknown, clientId: unknown, takeOver: unknown = false) {
  return signedInAction("article.lock", z.tuple([arg.id, arg.id, arg.flag.optional()]), [articleId, clientId, takeOver], (actor, [id, client, take]) => acquireLock(actor, id, client, take === true));
}

export async function heartbeatAction(articleId: unknown, clientId: unknown) {
  return signedInAction("article.heartbeat", z.tuple([arg.id, arg.id]), [articleId, clientId], (actor, [id, client]) => heartbeat(actor, id, client));
}
