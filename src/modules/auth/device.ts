import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { config } from "@server/config.mjs";

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

/** One signed claim: `<payload>.<signature>`. */
function signClaim(claim: DeviceClaim): string {
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The claim in a token when it is genuine and unexpired; otherwise null. */
function readClaim(token: string, now: number): DeviceClaim | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<DeviceClaim>;
    if (typeof claim.email !== "string" || typeof claim.device !== "string" || typeof claim.issuedAt !== "number") return null;
    if (now - claim.issuedAt > DEVICE_MAX_AGE_SECONDS * 1000) return null;
    return claim as DeviceClaim;
  } catch {
    return null;
  }
}

/**
 * A shared desk computer is known for each colleague who signed in there: the
 * cookie holds one signed claim per account (the five most recent), and a
 * sign-in renews this account's claim with a fresh device id.
 */
export const DEVICE_ACCOUNTS = 5;
const SEPARATOR = "~";

export function issueDeviceCookie(email: string, existing?: string, now = Date.now()): string {
  const others = (existing && existing.length <= 4096 ? existing.split(SEPARATOR) : [])
    .map((token) => ({ token, claim: readClaim(token, now) }))
    .filter(({ claim }) => claim && claim.email !== email)
    .slice(-(DEVICE_ACCOUNTS - 1))
    .map(({ token }) => token);
  return [...others, signClaim({ email, device: randomBytes(12).toString("base64url"), issuedAt: now })].join(SEPARATOR);
}

/** The device id when the cookie holds a genuine, unexpired claim for this account; otherwise null. */
export function knownDevice(cookie: string | undefined, email: string, now = Date.now()): string | null {
  if (!cookie || cookie.length > 4096) return null;
  for (const token of cookie.split(SEPARATOR)) {
    const claim = readClaim(token, now);
    if (claim?.email === email) return claim.device;
  }
  return null;
}
