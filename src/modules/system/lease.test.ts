import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { databaseLease } = await import("./lease");

describe("a lease for a job that runs on one server at a time", () => {
  it("has one holder, renewed by it, taken over only after it expired", async () => {
    const t0 = new Date("2026-11-30T12:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await databaseLease.claim("scheduler", "server-a", 15_000, t0)).toBe(true);
    expect(await databaseLease.claim("scheduler", "server-b", 15_000, at(1_000))).toBe(false);
    expect(await databaseLease.claim("scheduler", "server-a", 15_000, at(5_000))).toBe(true); // renewed: now until 20 s
    expect(await databaseLease.claim("scheduler", "server-b", 15_000, at(16_000))).toBe(false);
    // Server A died: after its last renewal runs out, B takes over, and A (back from a pause) is refused.
    expect(await databaseLease.claim("scheduler", "server-b", 15_000, at(20_000))).toBe(true);
    expect(await databaseLease.claim("scheduler", "server-a", 15_000, at(21_000))).toBe(false);
    expect(await databaseLease.holderOf("scheduler", at(21_000))).toMatchObject({ holder: "server-b" });
  });

  it("lets exactly one of many servers asking at the same moment win", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => databaseLease.claim("race", `server-${i}`, 10_000, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("is given up on shutdown, so the next server takes over at once", async () => {
    const now = new Date();
    expect(await databaseLease.claim("handover", "server-a", 60_000, now)).toBe(true);
    await databaseLease.release("handover", "server-b"); // not B's to release
    expect(await databaseLease.claim("handover", "server-b", 60_000, now)).toBe(false);
    await databaseLease.release("handover", "server-a");
    expect(await databaseLease.claim("handover", "server-b", 60_000, now)).toBe(true);
  });
});
