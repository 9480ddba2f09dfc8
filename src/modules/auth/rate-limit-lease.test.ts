import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import type { RateLimiter } from "./rate-limit";

// Leases over the real database counter: several leased limiters stand for
// several server processes sharing one counter.
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { databaseRateLimiter } = await import("./rate-limit");
const { leasedLimiter, leaseSize } = await import("./rate-limit-lease");

/** The database counter, with a count of how often it was written. */
function counted() {
  const writes = { n: 0 };
  const limiter: RateLimiter = { ...databaseRateLimiter, consume: (w, now) => (writes.n++, databaseRateLimiter.consume(w, now)) };
  return { limiter: () => limiter, writes };
}

describe("rate limits claimed in leases", () => {
  it("sizes a lease at 1 % of the limit, between 1 and 100", () => {
    expect([10, 199, 200, 600, 6000, 1e9].map((l) => leaseSize(l))).toEqual([1, 1, 2, 6, 60, 100]);
  });

  it("three processes on one counter never admit more than the limit, and write once per lease", async () => {
    const shared = counted();
    const processes = [leasedLimiter(shared.limiter), leasedLimiter(shared.limiter), leasedLimiter(shared.limiter)];
    const window = { key: "api:lease-three", subject: "apikey:three", limit: 1000, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 1500 }, (_, i) => processes[i % 3]!.consume(window)));
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeLessThanOrEqual(1000);
    // At worst the two other processes each hold one lease (10) unspent.
    expect(allowed).toBeGreaterThanOrEqual(1000 - 2 * 10);
    expect(shared.writes.n).toBeLessThan(1500 / 5);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: window.key } });
    expect(row.count).toBeGreaterThanOrEqual(1000);
    const refused = results.find((r) => !r.allowed)!;
    expect(refused.resetAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it("counts a small limit exactly, one write per request, and keeps a refusal without asking again", async () => {
    const shared = counted();
    const [a, b] = [leasedLimiter(shared.limiter), leasedLimiter(shared.limiter)];
    const window = { key: "api:lease-small", limit: 10, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).consume(window)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const writes = shared.writes.n;
    expect((await a.consume(window)).allowed).toBe(false);
    expect((await b.consume(window)).allowed).toBe(false);
    expect(shared.writes.n).toBe(writes);
  });

  it("starts again when the window has passed", async () => {
    const shared = counted();
    const limiter = leasedLimiter(shared.limiter);
    const window = { key: "api:lease-window", limit: 2, windowMs: 60_000 };
    const start = new Date();
    for (let i = 0; i < 3; i++) await limiter.consume(window, start);
    expect((await limiter.consume(window, start)).allowed).toBe(false);
    expect((await limiter.consume(window, new Date(start.getTime() + 61_000))).allowed).toBe(true);
  });

  it("takes a new lease when the key's limit changes", async () => {
    const shared = counted();
    const limiter = leasedLimiter(shared.limiter);
    await limiter.consume({ key: "api:lease-change", limit: 5000, windowMs: 60_000 });
    const lowered = await limiter.consume({ key: "api:lease-change", limit: 20, windowMs: 60_000 });
    expect(lowered.allowed).toBe(false); // the 50 units the first lease claimed already pass 20
    expect(shared.writes.n).toBe(2);
  });
});
