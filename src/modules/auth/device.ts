import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config.mjs";

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device
 * cookies"): a browser that signed in to an account once carries a signed
 * note of it. Guesses from that browser are counted on their own, so an
 * attacker's failures from elsewhere cannot lock the editor out.
 */
export const DEVICE_COOKIE = "redaktion-device";
export const DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

type DeviceClaim = { email: string; device: string; issuedAt: number };

function secret(): string {
  const value = config().auth.secret;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: device cookies cannot be signed.");
  return value;
}

function sign(payload: string): string {
  // A key of its own, derived from the session secret: a device cookie is never a valid session.
  return createHmac("sha256", `device-cookie:${secret()}`).update(payload).digest("base64url");
}

export function issueDeviceCookie(email: string, now = Date.now()): string {
  const claim: DeviceClaim = { email, device: randomBytes(12).toString("base64url"), issuedAt: now };
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The device id when the cookie is genuine, unexpired and for this account; otherwise null. */
export function knownDevice(cookie: string | undefined, email: string, now = Date.now()): string | null {
  if (!cookie || cookie.length > 512) return null;
  const [payload, signature, extra] = cookie.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<DeviceClaim>;
    if (claim.email !== email || typeof claim.device !== "string" || typeof claim.issuedAt !== "number") return null;
    if (now - claim.issuedAt > DEVICE_MAX_AGE_SECONDS * 1000) return null;
    return claim.device;
  } catch {
    return null;
  }
}
