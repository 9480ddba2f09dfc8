import { describe, expect, it } from "vitest";
import { useFreshDatabase } from "@/lib/testing/test-db";

useFreshDatabase();
const { db } = await import("@/lib/db");
const { verifyCredentials, checkThrottle, SignInThrottledError, THROTTLE } = await import("./service");
const { hashPassword } = await import("./password");

async function account(email: string, password: string) {
  await db.user.create({ data: { name: email, email, role: "EDITOR", passwordHash: await hashPassword(password) } });
}

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    await account("ok@example.org", "richtiges passwort");
    expect(await verifyCredentials(" OK@example.org ", "richtiges passwort", "10.0.0.1")).toMatchObject({ email: "ok@example.org" });
  });

  it("refuses a disabled account like a wrong password", async () => {
    await account("weg@example.org", "richtiges passwort");
    await db.user.update({ where: { email: "weg@example.org" }, data: { disabled: true } });
    expect(await verifyCredentials("weg@example.org", "richtiges passwort", "10.0.0.2")).toBeNull();
  });

  it("throttles one address from the 6th failure within 15 minutes and says until when", async () => {
    const ip = "10.0.1.1";
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      expect(await verifyCredentials(`niemand${i}@example.org`, "falsch", ip)).toBeNull();
    }
    const attempt = verifyCredentials("niemand@example.org", "falsch", ip);
    await expect(attempt).rejects.toBeInstanceOf(SignInThrottledError);
    const retryAt = await checkThrottle("x@example.org", ip);
    expect(retryAt!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await db.auditEvent.count({ where: { action: "signin.throttled", ip } })).toBe(1);
    // Another address is not affected.
    expect(await checkThrottle("x@example.org", "10.0.1.2")).toBeNull();
  });

  it("throttles one account attacked from many addresses, even with the right password", async () => {
    await account("ziel@example.org", "richtiges passwort");
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      await verifyCredentials("ziel@example.org", "falsch", `10.0.2.${i}`);
    }
    await expect(verifyCredentials("ziel@example.org", "richtiges passwort", "10.0.3.1")).rejects.toBeInstanceOf(SignInThrottledError);
    // After the window, the account opens again.
    expect(await checkThrottle("ziel@example.org", "10.0.3.1", new Date(Date.now() + THROTTLE.windowMs + 1000))).toBeNull();
  });
});
