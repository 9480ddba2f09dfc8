import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { recordAudit } from "../audit/service";
import { verifyPassword } from "./password";

type SignInUser = { id: string; name: string; email: string; role: string; sessionVersion: number };

export const THROTTLE = { windowMs: 15 * 60_000, maxFailures: 5 } as const;
/** Thrown to next-auth so the form can say when to try again; carries the retry time as ISO. */
export const THROTTLED_PREFIX = "THROTTLED:";

export class SignInThrottledError extends Error {
  constructor(readonly retryAt: Date) {
    super(`${THROTTLED_PREFIX}${retryAt.toISOString()}`);
  }
}

/**
 * Failed sign-ins in the last 15 minutes, per address and per account (the
 * audit trail is the counter, so it survives restarts). From the 6th failure on
 * the attempt is refused without checking the password; the answer says when
 * the oldest failure leaves the window.
 */
export async function checkThrottle(email: string, ip: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const recent = (where: object) =>
    db.auditEvent.findMany({ where: { action: "signin.failed", at: { gt: since }, ...where }, orderBy: { at: "desc" }, take: THROTTLE.maxFailures, select: { at: true } });
  const [byIp, byAccount] = await Promise.all([recent({ ip }), email ? recent({ actorEmail: email }) : Promise.resolve([])]);
  const blocking = [byIp, byAccount].filter((list) => list.length >= THROTTLE.maxFailures);
  if (blocking.length === 0) return null;
  // The list's last entry is the 5th most recent failure: when it ages out, one more try is allowed.
  const retry = Math.max(...blocking.map((list) => list[list.length - 1]!.at.getTime() + THROTTLE.windowMs));
  return new Date(retry);
}

/**
 * Checks an email and password. Unknown account, wrong password and disabled
 * account look the same to the caller and take the same time (a dummy hash is
 * verified when there is no account); the audit trail tells them apart.
 */
export async function verifyCredentials(emailInput: string, password: string, ip: string): Promise<SignInUser | null> {
  const email = String(emailInput).trim().toLowerCase().slice(0, 254);
  const pw = String(password).slice(0, 1024);
  const retryAt = await checkThrottle(email, ip);
  if (retryAt) {
    log.warn("signin.throttled", { email, ip, retryAt: retryAt.toISOString() });
    await recordAudit(db, { action: "signin.throttled", actorEmail: email, ip, outcome: "refused", detail: `until ${retryAt.toISOString()}` });
    throw new SignInThrottledError(retryAt);
  }
  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const passwordOk = await verifyPassword(user?.passwordHash, pw);
  const reason = !user ? "unknown-account" : !passwordOk ? "wrong-password" : user.disabled ? "disabled" : null;
  if (reason || !user) {
    log.warn("signin.failed", { email, ip, reason });
    await recordAudit(db, { action: "signin.failed", actorId: user?.id, actorEmail: email, ip, outcome: "refused", detail: reason ?? "" });
    return null;
  }
  log.info("signin.ok", { userId: user.id, ip });
  await recordAudit(db, { action: "signin.ok", actorId: user.id, actorEmail: user.email, ip });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
