import "server-only";
import { rateLimiter } from "../infrastructure";
import type { Consumed, Window } from "./rate-limit";

/**
 * Who may try a password, and how often (15-minute windows):
 * - from a browser that signed in to this account before (device cookie):
 *   5 failures for that browser alone; nothing from elsewhere counts;
 * - from any other browser: 5 failures per account and address, 10 per account
 *   from all unknown browsers together, and 20 per address over all accounts
 *   (loose: a newsroom signs in from behind one office address).
 * Every attempt takes its place in the counters before the password is checked
 * and gives it back when the password was right, so a burst of simultaneous
 * guesses gets at most the limit's number of real checks.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { device: 5, pair: 5, account: 10, address: 20 } as const;
/** Changing one's password with a wrong current password is limited like signing in. */
export const PASSWORD_CHANGE_LIMIT = 5;

type Kind = keyof typeof SIGN_IN_LIMITS;
const PREFIX: Record<Kind, string> = { device: "signin:device:", pair: "signin:pair:", account: "signin:account:", address: "signin:address:" };

export function signInLimitForKey(key: string): number {
  for (const kind of Object.keys(PREFIX) as Kind[]) if (key.startsWith(PREFIX[kind])) return SIGN_IN_LIMITS[kind];
  if (key.startsWith("password-change:")) return PASSWORD_CHANGE_LIMIT;
  return Number.POSITIVE_INFINITY;
}

export type Attempt = { email: string; ip: string; device: string | null };
export type Reservation =
  | { allowed: true; held: Consumed[] }
  | { allowed: false; retryAt: Date; refusedBy: string; held: Consumed[] };

function windowsFor({ email, ip, device }: Attempt): Window[] {
  const w = (kind: Kind, id: string, subject: string): Window => ({ key: PREFIX[kind] + id, subject, limit: SIGN_IN_LIMITS[kind], windowMs: SIGN_IN_WINDOW_MS });
  if (device) return [w("device", `${device}:${email}`, email)];
  const windows = [w("pair", `${ip}:${email}`, email), w("account", email, email)];
  // Counted per address even for unknown emails, so spraying many names is slowed too.
  windows.push(w("address", ip, ""));
  return windows;
}

/** Takes this attempt's place in every counter that applies; refused when any is over its limit. */
export async function reserveSignIn(attempt: Attempt, now = new Date()): Promise<Reservation> {
  return reserve(windowsFor(attempt), now);
}

// One counter after the other, tightest first: an attempt refused by one
// gives back what it took from the earlier ones and never reaches the later
// ones, so a burst against one account does not use up the office's address.
async function reserve(windows: Window[], now: Date): Promise<Reservation> {
  const held: Consumed[] = [];
  for (const window of windows) {
    const consumed = await rateLimiter().consume(window, now);
    if (!consumed.allowed) {
      await Promise.all(held.map((c) => rateLimiter().refund(c.key)));
      return { allowed: false, retryAt: consumed.resetAt, refusedBy: consumed.key.split(":").slice(0, 2).join(":"), held: [] };
    }
    held.push(consumed);
  }
  return { allowed: true, held };
}

/** The attempt did not fail (right password): its place is given back. */
export async function releaseReservation(reservation: Reservation) {
  await Promise.all(reservation.held.map((c) => rateLimiter().refund(c.key)));
}

export async function reservePasswordChange(userId: string, email: string, now = new Date()): Promise<Reservation> {
  return reserve([{ key: `password-change:${userId}`, subject: email, limit: PASSWORD_CHANGE_LIMIT, windowMs: SIGN_IN_WINDOW_MS }], now);
}

/** Accounts whose sign-in (or password change) is refused right now, with the time it lifts. */
export async function lockedAccounts(emails: string[], now = new Date()): Promise<Map<string, Date>> {
  const rows = await rateLimiter().blocked(emails, signInLimitForKey, now);
  const locked = new Map<string, Date>();
  for (const row of rows) {
    // A single browser's own limit is not an account lockout.
    if (row.key.startsWith(PREFIX.device)) continue;
    const current = locked.get(row.subject);
    if (!current || row.resetAt > current) locked.set(row.subject, row.resetAt);
  }
  return locked;
}

/** Lifts every sign-in and password-change counter of an account. */
export async function clearSignInLimits(email: string): Promise<number> {
  return rateLimiter().clear(email);
}
