// The store behind Next's cache: values survive the trip through Redis, an
// expired tag hides every entry made before it on every server, another
// build's entries are never read, and a Redis outage falls back to memory and
// catches up afterwards. Redis parts run against a throwaway redis-server
// (skipped, and saying so, where it is not installed).
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRedisServer, startThrowawayRedis } from "../../scripts/redis-throwaway.mjs";
import { createMemoryStore, createSharedStore, deserialize, ENTRY_PREFIX, flushShared, isExpired, serialize } from "./store.mjs";

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  status: 200,
  postponed: undefined,
  headers: { "x-next-cache-tags": tags },
  segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
});

describe("serializing Next's cache values", () => {
  it("keeps buffers, maps, strings and numbers as they were", () => {
    const value = page("<h1>„Stadtrat“</h1>", "article:politik/a,site:all");
    const back = deserialize(serialize({ value, lastModified: 5 }));
    expect(back.value.rscData).toEqual(value.rscData);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect(back.value.segmentData.get("/_tree")).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(back.value.html).toBe("<h1>„Stadtrat“</h1>");
    expect(back.lastModified).toBe(5);
  });
});

describe("tag expiry", () => {
  it("hides entries made before the expiry, once its time has come", () => {
    expect(isExpired(100, [150], 200)).toBe(true);
    expect(isExpired(100, [50], 200)).toBe(false); // made after the expiry
    expect(isExpired(100, [300], 200)).toBe(false); // an expiry still to come
    expect(isExpired(100, [undefined], 200)).toBe(false);
  });

  it("in memory: an expired tag hides its entries, others stay; the store stays within its bytes", () => {
    const memory = createMemoryStore({ maxBytes: 8000 });
    memory.set("/politik/a", { value: page("a", "article:politik/a,site:all"), lastModified: 100 }, 100);
    memory.set("/politik/b", { value: page("b", "article:politik/b,site:all"), lastModified: 100 }, 100);
    memory.expire(["article:politik/a"], 150);
    expect(memory.get("/politik/a", [], 200)).toBeNull();
    expect(memory.get("/politik/b", [], 200)?.value).toMatchObject({ html: "b" });
    // Data lookups name their tags themselves.
    memory.set("data", { value: { kind: "FETCH", data: { body: "{}" } }, tags: ["articles:published"], lastModified: 100 }, 100);
    memory.set("data2", { value: { kind: "FETCH", data: { body: "{}" } }, lastModified: 100 }, 100);
    memory.expire(["articles:published"], 160);
    expect(memory.get("data", [], 200)).toBeNull();
    expect(memory.get("data2", ["articles:published"], 200)).toBeNull();
    for (let i = 0; i < 20; i++) memory.set(`/p/${i}`, { value: page("x".repeat(500), "site:all"), lastModified: 300 }, 300);
    expect(memory.bytes).toBeLessThanOrEqual(8000);
    expect(memory.get("/p/19", [], 300)).not.toBeNull();
    expect(memory.get("/p/0", [], 300)).toBeNull(); // the least recently used went first
  });
});

const installed = Boolean(findRedisServer());
let server: Awaited<ReturnType<typeof startThrowawayRedis>>;
const connections: Redis[] = [];
const connect = () => {
  const c = new Redis(server.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: () => 50 });
  connections.push(c);
  return c;
};
const until = async (check: () => boolean, ms = 5000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

beforeAll(async () => {
  if (installed) server = await startThrowawayRedis();
});
afterAll(() => {
  connections.forEach((c) => c.disconnect());
  if (installed) server.stop();
});

describe.skipIf(!installed)("the shared store on Redis", () => {
  it("one server's render serves the other; a publish on one hides it on both; another build's entries are never read", async () => {
    const announced: string[][] = [];
    const a = createSharedStore({ redis: connect(), namespace: () => "build-1", announce: (tags) => void announced.push(tags) });
    const b = createSharedStore({ redis: connect(), namespace: () => "build-1" });
    const next = createSharedStore({ redis: connect(), namespace: () => "build-2" });
    await until(() => connections.every((c) => c.status === "ready"));
    await a.measureClock();

    const made = a.now();
    await a.set("/politik/a", { value: page("v1", "article:politik/a,site:all"), lastModified: made, cacheControl: { revalidate: 60, expire: 86400 } });
    const seen = await b.get("/politik/a");
    expect(seen?.value).toMatchObject({ html: "v1", status: 200 });
    expect(Buffer.isBuffer((seen?.value as { rscData: Buffer }).rscData)).toBe(true);
    expect(seen?.cacheControl).toEqual({ revalidate: 60, expire: 86400 });
    expect(await next.get("/politik/a")).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.expire(["article:politik/a"], { expire: 0 });
    expect(announced).toEqual([["article:politik/a"]]);
    expect(await b.get("/politik/a")).toBeNull();
    expect(await a.get("/politik/a")).toBeNull();

    // Rendered again after the publish: served again, on both.
    await b.set("/politik/a", { value: page("v2", "article:politik/a,site:all"), lastModified: b.now() + 1 });
    expect((await a.get("/politik/a"))?.value).toMatchObject({ html: "v2" });
    // A render that began before the publish stays hidden, however late it is stored.
    await b.set("/politik/a", { value: page("old", "article:politik/a,site:all"), lastModified: made });
    expect(await a.get("/politik/a")).toBeNull();
  });

  it("while Redis is away: memory stands in, expiries wait; when it is back they are written and the memory is dropped", async () => {
    const redis = connect();
    const other = connect();
    const a = createSharedStore({ redis, namespace: () => "build-1" });
    const b = createSharedStore({ redis: other, namespace: () => "build-1" });
    await until(() => redis.status === "ready" && other.status === "ready");
    const before = a.now();
    await a.set("/kultur/c", { value: page("c1", "article:kultur/c,site:all"), lastModified: before });
    await new Promise((resolve) => setTimeout(resolve, 5));

    await server.down();
    await until(() => redis.status !== "ready");
    await a.set("/kultur/local", { value: page("local", "site:all"), lastModified: a.now() });
    expect((await a.get("/kultur/local"))?.value).toMatchObject({ html: "local" });
    await a.expire(["article:kultur/c"], { expire: 0 }); // a correction during the outage
    expect(a.pending).toBe(1);

    await server.up();
    await until(() => redis.status === "ready" && other.status === "ready", 10_000);
    await a.reconnected();
    expect(a.pending).toBe(0);
    expect(a.memory.size).toBe(0);
    // Redis here keeps nothing across a restart; one that does still holds the
    // entry from before the outage: the expiry written on return hides it.
    await b.set("/kultur/c", { value: page("c1", "article:kultur/c,site:all"), lastModified: before });
    expect(await b.get("/kultur/c")).toBeNull();
  }, 30_000);

  it("a flush empties every build's entries and expiries", async () => {
    const redis = connect();
    await until(() => redis.status === "ready");
    const a = createSharedStore({ redis, namespace: () => "build-9" });
    await a.set("/x", { value: page("x", "site:all"), lastModified: a.now() });
    await a.expire(["site:sections"], { expire: 0 });
    expect(await redis.keys(`${ENTRY_PREFIX}*`)).not.toHaveLength(0);
    expect(await flushShared(redis)).toBeGreaterThan(0);
    expect(await redis.keys("redaktion:cache*")).toEqual([]);
    expect(await a.get("/x")).toBeNull();
  });

  it("npm run cache:flush (and restore) empties it and tells running servers to drop what they hold", async () => {
    const redis = connect();
    const listener = new Redis(server.url);
    connections.push(listener);
    const heard: string[] = [];
    listener.on("message", (_channel: string, text: string) => heard.push(text));
    await listener.subscribe("redaktion:purge");
    await until(() => redis.status === "ready");
    const a = createSharedStore({ redis, namespace: () => "build-3" });
    await a.set("/y", { value: page("y", "site:all"), lastModified: a.now() });
    process.env.REDIS_URL = server.url;
    const { reloadConfig } = await import("../config.mjs");
    reloadConfig();
    const { flushSharedCache } = await import("../../scripts/cache-flush.mjs");
    expect(await flushSharedCache()).toBe(1);
    expect(await redis.keys("redaktion:cache*")).toEqual([]);
    await until(() => heard.length === 1);
    expect(JSON.parse(heard[0]!).tags).toEqual(["site:all"]);
    delete process.env.REDIS_URL;
    reloadConfig();
  });
});

it.runIf(!installed)("the shared store on Redis: skipped, redis-server is not installed here (apt-get install -y redis-server)", () => {
  expect(installed).toBe(false);
});
