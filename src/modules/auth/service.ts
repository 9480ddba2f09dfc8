import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { recordAudit } from "../audit/service";
import { knownDevice } from "./device";
import { verifyPassword } from "./password";
import { releaseReservation, reserveSignIn } from "./throttle";

type SignInUser = { id: string; name: string; email: string; role: string; sessionVersion: number };

/** Thrown to next-auth so the form can say when to try again; carries the retry time as ISO. */
export const THROTTLED_PREFIX = "THROTTLED:";

export class SignInThrottledError extends Error {
  constructor(readonly retryAt: Date) {
    super(`${THROTTLED_PREFIX}${retryAt.toISOString()}`);
  }
}

/**
 * Checks an email and password. Unknown account, wrong password and disabled
 * account look the same to the caller and take the same time (a dummy hash is
 * verified when there is no account); the audit trail tells them apart.
 */
export async function verifyCredentials(emailInput: string, password: string, ip: string, deviceCookie?: string): Promise<SignInUser | null> {
  const email = String(emailInput).trim().toLowerCase().slice(0, 254);
  const pw = String(password).slice(0, 1024);
  const device = knownDevice(deviceCookie, email);
  // Counted before the password is checked, in one statement per counter: see throttle.ts.
  const reservation = await reserveSignIn({ email, ip, device });
  if (!reservation.allowed) {
    const { retryAt, refusedBy } = reservation;
    log.warn("signin.throttled", { email, ip, knownDevice: !!device, by: refusedBy, retryAt: retryAt.toISOString() });
    await recordAudit(db, { action: "signin.throttled", actorEmail: email, ip, outcome: "refused", detail: `${refusedBy} until ${retryAt.toISOString()}` });
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
  await releaseReservation(reservation);
  log.info("signin.ok", { userId: user.id, ip, knownDevice: !!device });
  await recordAudit(db, { action: "signin.ok", actorId: user.id, actorEmail: user.email, ip });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
