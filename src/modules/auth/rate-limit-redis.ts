import "server-only";
import { log } from "@/lib/log";
import type { RedisClient } from "@/lib/redis";
import type { Consumed, RateLimiter, Window } from "./rate-limit";

// Fixed-window counters in Redis, for several app servers: each count-and-
// decide is one Lua script, so simultaneous attempts on different servers get
// distinct numbers, exactly as the database's upsert gives them on one.

const PREFIX = "redaktion:rl:";
const subjectKey = (subject: string) => `${PREFIX}subject:${subject}`;

// KEYS: counter, subject set. ARGV: window ms, subject ("" for none), units.
// A counter without an expiry starts its window now; the subject set lives as long as its longest window.
const CONSUME = `
local c = redis.call('INCRBY', KEYS[1], ARGV[3])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if ARGV[2] ~= '' then
  redis.call('SADD', KEYS[2], KEYS[1])
  if redis.call('PTTL', KEYS[2]) < ttl then redis.call('PEXPIRE', KEYS[2], ttl) end
end
return {c, ttl}`;
const REFUND = `
local c = tonumber(redis.call('GET', KEYS[1]) or '0')
if c > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

export function redisRateLimiter(client: RedisClient): RateLimiter {
  return {
    async consume({ key, subject = "", limit, windowMs, units = 1 }: Window, now = new Date()): Promise<Consumed> {
      const [count, ttl] = (await client.eval(CONSUME, 2, PREFIX + key, subjectKey(subject), String(windowMs), subject, String(units))) as [number, number];
      return { key, count, limit, resetAt: new Date(now.getTime() + Number(ttl)), allowed: count <= limit };
    },
    async refund(key) {
      await client.eval(REFUND, 1, PREFIX + key);
    },
    async clear(subject) {
      if (!subject) return 0;
      const keys = await client.smembers(subjectKey(subject));
      const removed = keys.length > 0 ? await client.del(...keys) : 0;
      await client.del(subjectKey(subject));
      return removed;
    },
    async blocked(subjects, limitFor, now = new Date()) {
      const out: { key: string; subject: string; resetAt: Date }[] = [];
      for (const subject of subjects) {
        for (const full of await client.smembers(subjectKey(subject))) {
          const [count, ttl] = await Promise.all([client.get(full), client.pttl(full)]);
          const key = full.slice(PREFIX.length);
          if (count !== null && ttl > 0 && Number(count) >= limitFor(key)) out.push({ key, subject, resetAt: new Date(now.getTime() + ttl) });
        }
      }
      return out;
    },
  };
}

/**
 * Redis first; while Redis is unreachable the database's counters take over
 * (per-server exactness is kept, only the sharing is lost for that time), so
 * a Redis outage never locks people out nor lets a burst through unchecked.
 */
export function withFallback(primary: RateLimiter, fallback: RateLimiter): RateLimiter {
  async function attempt<R>(operation: string, first: () => Promise<R>, second: () => Promise<R>): Promise<R> {
    try {
      return await first();
    } catch (error) {
      log.warn("ratelimit.fallback", { operation, error });
      return second();
    }
  }
  return {
    consume: (window, now) => attempt("consume", () => primary.consume(window, now), () => fallback.consume(window, now)),
    refund: (key) => attempt("refund", () => primary.refund(key), () => fallback.refund(key)),
    clear: (subject) => attempt("clear", () => primary.clear(subject), () => fallback.clear(subject)),
    blocked: (subjects, limitFor, now) => attempt("blocked", () => primary.blocked(subjects, limitFor, now), () => fallback.blocked(subjects, limitFor, now)),
  };
}
