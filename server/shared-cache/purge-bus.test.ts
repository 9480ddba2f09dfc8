// Purges between app servers over Redis pub/sub, against a throwaway
// redis-server (skipped, and saying so, where it is not installed).
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRedisServer, startThrowawayRedis } from "../../scripts/redis-throwaway.mjs";
import { createPurgeBus, type PurgeBus } from "./purge-bus.mjs";

const installed = Boolean(findRedisServer());
let server: Awaited<ReturnType<typeof startThrowawayRedis>>;
const connections: Redis[] = [];
const connect = () => {
  const c = new Redis(server.url, { maxRetriesPerRequest: null, retryStrategy: () => 50 });
  connections.push(c);
  return c;
};

beforeAll(async () => {
  if (installed) server = await startThrowawayRedis();
});
afterAll(() => {
  connections.forEach((c) => c.disconnect());
  if (installed) server.stop();
});

const until = async (check: () => boolean, ms = 5000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe.skipIf(!installed)("the purge bus between app servers", () => {
  it("a purge on one server reaches the others, not itself; after Redis comes back every server empties its caches", async () => {
    const received: Record<string, string[][]> = { a: [], b: [], c: [] };
    const buses: Record<string, PurgeBus> = {};
    for (const name of ["a", "b", "c"]) {
      const subscriber = connect();
      buses[name] = createPurgeBus({ publisher: connect(), subscriber, everything: "site:all", deliver: (tags) => void received[name]!.push(tags), id: name });
      await until(() => subscriber.status === "ready");
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // subscriptions settle
    await buses.a!.publish(["article:politik/neu", "articles:published", "articles:published"]);
    await until(() => received.b!.length === 1 && received.c!.length === 1);
    expect(received.b).toEqual([["article:politik/neu", "articles:published"]]);
    expect(received.a).toEqual([]);

    // Redis restarts: messages published meanwhile are lost, so everyone purges everything.
    await server.restart();
    await until(() => ["a", "b", "c"].every((n) => received[n]!.some((t) => t.includes("site:all"))), 10_000);
    // And the bus works again.
    await until(() => connections.every((c) => c.status === "ready"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await buses.c!.publish(["author:u1"]);
    await until(() => received.a!.some((t) => t[0] === "author:u1") && received.b!.some((t) => t[0] === "author:u1"));
  }, 30_000);
});

it.runIf(!installed)("the purge bus: skipped, redis-server is not installed here (apt-get install -y redis-server)", () => {
  expect(installed).toBe(false);
});
