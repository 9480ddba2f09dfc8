// Rate limits counted in Redis, as several app servers share them: against a
// throwaway redis-server (scripts/redis-throwaway.mjs; .ci/run installs it,
// and where it is not installed these tests say so and are skipped).
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRedisServer, startThrowawayRedis } from "../../../scripts/redis-throwaway.mjs";
import type { RateLimiter } from "./rate-limit";
import { redisRateLimiter, withFallback } from "./rate-limit-redis";

const installed = Boolean(findRedisServer());
let server: Awaited<ReturnType<typeof startThrowawayRedis>>;
// Two connections: two app servers.
let a: Redis;
let b: Redis;

beforeAll(async () => {
  if (!installed) return;
  server = await startThrowawayRedis();
  a = new Redis(server.url);
  b = new Redis(server.url);
});
afterAll(async () => {
  if (!installed) return;
  a.disconnect();
  b.disconnect();
  server.stop();
});

describe.skipIf(!installed)("rate limits in Redis (shared by every app server)", () => {
  it("100 simultaneous attempts over two servers get distinct numbers: exactly `limit` allowed", async () => {
    const [onA, onB] = [redisRateLimiter(a), redisRateLimiter(b)];
    const window = { key: "signin:acct:eva@example.org", subject: "eva@example.org", limit: 5, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? onA : onB).consume(window)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(new Set(results.map((r) => r.count)).size).toBe(100);
    expect(results[0]!.resetAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it("counts several units at once (a lease claim), on either server", async () => {
    const limiter = redisRateLimiter(a);
    const window = { key: "api:lease-redis", limit: 1000, windowMs: 60_000, units: 10 };
    expect((await limiter.consume(window)).count).toBe(10);
    expect((await redisRateLimiter(b).consume(window)).count).toBe(20);
    expect((await limiter.consume({ ...window, units: undefined })).count).toBe(21);
  });

  it("refunds, reports who is locked out, and forgets a subject when an admin unlocks", async () => {
    const limiter = redisRateLimiter(a);
    const window = { key: "signin:acct:max@example.org", subject: "max@example.org", limit: 2, windowMs: 60_000 };
    await limiter.consume(window);
    await limiter.consume(window);
    await limiter.refund(window.key);
    expect(await limiter.blocked(["max@example.org"], () => 2)).toEqual([]);
    await limiter.consume(window);
    expect((await limiter.blocked(["max@example.org"], () => 2)).map((r) => r.key)).toEqual([window.key]);
    expect(await limiter.clear("max@example.org")).toBe(1);
    expect((await limiter.consume(window)).count).toBe(1);
  });

  it("a window that ran out starts again at 1", async () => {
    const limiter = redisRateLimiter(a);
    const window = { key: "upload:u1", limit: 1, windowMs: 80 };
    expect((await limiter.consume(window)).allowed).toBe(true);
    expect((await limiter.consume(window)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await limiter.consume(window)).count).toBe(1);
  });

  it("while Redis is away, the fallback counts instead of failing the sign-in", async () => {
    const offline = new Redis(server.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    const counted: string[] = [];
    const fallback: RateLimiter = {
      consume: async (w) => (counted.push(w.key), { key: w.key, count: 1, limit: w.limit, resetAt: new Date(), allowed: true }),
      refund: async () => {},
      clear: async () => 0,
      blocked: async () => [],
    };
    const limiter = withFallback(redisRateLimiter(offline), fallback);
    expect((await limiter.consume({ key: "signin:acct:x", limit: 5, windowMs: 1000 })).allowed).toBe(true);
    expect(counted).toEqual(["signin:acct:x"]);
    offline.disconnect();
  });
});

it.runIf(!installed)("rate limits in Redis: skipped, redis-server is not installed here (apt-get install -y redis-server)", () => {
  expect(installed).toBe(false);
});
