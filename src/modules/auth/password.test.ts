import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses argon2id with at least 19 MiB and 2 passes", async () => {
    const stored = await hashPassword("Kaffee-Tasse-123");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    const options = parseOptions(stored);
    expect(options.memoryCost).toBeGreaterThanOrEqual(19456);
    expect(options.timeCost).toBeGreaterThanOrEqual(2);
  });

  it("does not truncate long passwords (bcrypt would stop at 72 bytes)", async () => {
    const long = "ä".repeat(100); // 200 bytes
    const stored = await hashPassword(long);
    expect(await verifyPassword(stored, long)).toBe(true);
    expect(await verifyPassword(stored, "ä".repeat(99) + "a")).toBe(false);
  });

  it("answers false for an unknown account after doing the same work", async () => {
    const stored = await hashPassword("richtiges-passwort");
    const timeIt = async (fn: () => Promise<boolean>) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) expect(await fn()).toBe(false);
      return performance.now() - start;
    };
    await verifyPassword(null, "warm-up-the-dummy-hash");
    const unknown = await timeIt(() => verifyPassword(null, "falsches-passwort"));
    const wrong = await timeIt(() => verifyPassword(stored, "falsches-passwort"));
    // Same algorithm and cost on both paths; the ratio is far from the 10x+ a skipped hash would show.
    expect(unknown / wrong).toBeGreaterThan(0.5);
    expect(unknown / wrong).toBeLessThan(2);
  });
});
