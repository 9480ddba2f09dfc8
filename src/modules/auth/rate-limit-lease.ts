import type { Consumed, RateLimiter, Window } from "./rate-limit";

/**
 * Counting each request in the shared counter costs a write per request (a
 * committed transaction in the database, a round trip to Redis): fine for
 * sign-ins, too much for a Content API key that may make thousands of
 * requests a minute. Here a process claims units in batches (a lease of 1 %
 * of the limit, at most 100) with one write and spends them from memory.
 *
 * - Never more than the limit: units are claimed in the shared counter before
 *   they are spent, by however many processes and servers.
 * - At worst each other process holds one lease unspent until the window
 *   ends, so a client may be refused up to 1 % per process early. A limit
 *   under 200 a minute has leases of 1: counted exactly as before.
 * - A refusal is kept until the window ends without asking again.
 */
export type LeasedLimiter = { consume(window: Window, now?: Date): Promise<Consumed> };

type Lease = { limit: number; resetAt: Date; left: number; claimedUpTo: number };

export function leaseSize(limit: number, share = 0.01, max = 100) {
  return Math.max(1, Math.min(max, Math.floor(limit * share)));
}

export function leasedLimiter(shared: () => RateLimiter, { share = 0.01, max = 100 } = {}): LeasedLimiter {
  const leases = new Map<string, Lease>();
  const claims = new Map<string, Promise<void>>();

  async function claim(window: Window, now: Date) {
    const units = leaseSize(window.limit, share, max);
    const counted = await shared().consume({ ...window, units }, now);
    // Of the units just counted, those still under the limit are ours.
    const granted = Math.max(0, Math.min(units, window.limit - (counted.count - units)));
    for (const [key, lease] of leases) if (lease.resetAt <= now) leases.delete(key);
    leases.set(window.key, { limit: window.limit, resetAt: counted.resetAt, left: granted, claimedUpTo: Math.min(counted.count, window.limit) });
  }

  return {
    async consume(window, now = new Date()) {
      for (;;) {
        const lease = leases.get(window.key);
        if (lease && lease.resetAt > now && lease.limit === window.limit) {
          if (lease.left > 0) {
            lease.left--;
            return { key: window.key, count: lease.claimedUpTo - lease.left, limit: window.limit, resetAt: lease.resetAt, allowed: true };
          }
          if (lease.claimedUpTo >= window.limit) return { key: window.key, count: window.limit + 1, limit: window.limit, resetAt: lease.resetAt, allowed: false };
        }
        // One claim at a time per key; whoever arrives meanwhile spends from what it brings.
        let pending = claims.get(window.key);
        if (!pending) {
          pending = claim(window, now).finally(() => claims.delete(window.key));
          claims.set(window.key, pending);
        }
        await pending;
        // A counter whose window ends at once (a clock far off): count this one on its own.
        if ((leases.get(window.key)?.resetAt ?? now) <= now) return shared().consume(window, now);
      }
    },
  };
}
