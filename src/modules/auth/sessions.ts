import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/service";
import type { Actor } from "./actor";

/**
 * Server-side sessions. The signed cookie (a JWT) names one row here; a cookie
 * whose row is gone counts as signed out, so signing out, "sign out
 * everywhere" and an admin's actions take effect on the next request even
 * for a copy of the cookie.
 */
export async function startSession(userId: string, ip: string, maxAgeSeconds: number): Promise<string> {
  const id = randomBytes(18).toString("base64url");
  const now = new Date();
  // Housekeeping on the way: sessions past their end are of no use to anyone.
  await db.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.userSession.create({ data: { id, userId, ip, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) } });
  return id;
}

export async function endSession(id: string | undefined) {
  if (id) await db.userSession.deleteMany({ where: { id } });
}

/** Signs this person out in every browser, this one included. */
export async function endAllSessions(actor: Actor): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.userSession.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, { action: "user.signout-everywhere", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: actor.id, ip: actor.ip, detail: `${count} sessions` });
    return { ended: count };
  });
}
