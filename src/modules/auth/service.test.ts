import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
process.env.NEXTAUTH_SECRET ??= "test-secret-for-device-cookies";
const { db } = await import("@/lib/db");
const { verifyCredentials, SignInThrottledError } = await import("./service");
const { SIGN_IN_LIMITS, SIGN_IN_WINDOW_MS, reserveSignIn, lockedAccounts, clearSignInLimits } = await import("./throttle");
const { issueDeviceCookie, knownDevice } = await import("./device");
const { hashPassword } = await import("./password");

async function account(email: string, password: string) {
  await db.user.create({ data: { name: email, email, role: "EDITOR", passwordHash: await hashPassword(password) } });
}
const checks = (where: object) => db.auditEvent.count({ where: { action: { in: ["signin.failed", "signin.ok"] }, ...where } });

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

  it("refuses the 6th failure for one account from one address, with a time to retry", async () => {
    const ip = "10.0.1.1";
    for (let i = 0; i < SIGN_IN_LIMITS.pair; i++) expect(await verifyCredentials("niemand@example.org", "falsch", ip)).toBeNull();
    const refused = await verifyCredentials("niemand@example.org", "falsch", ip).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SignInThrottledError);
    expect((refused as InstanceType<typeof SignInThrottledError>).retryAt.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await db.auditEvent.count({ where: { action: "signin.throttled", ip } })).toBe(1);
    // Another account from the same address is not affected (an office shares one address).
    expect(await reserveSignIn({ email: "kollegin@example.org", ip, device: null })).toMatchObject({ allowed: true });
  });

  it("100 guesses at the same moment get at most 5 real password checks", async () => {
    await account("ziel@example.org", "richtiges passwort");
    const ip = "10.0.2.1";
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => verifyCredentials("ziel@example.org", "falsch", ip)));
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof SignInThrottledError)).toHaveLength(95);
    expect(await checks({ actorEmail: "ziel@example.org", ip })).toBe(5);
  });

  it("guesses from unknown browsers share the account's limit; the editor's known browser is not locked out", async () => {
    await account("chefin@example.org", "richtiges passwort");
    for (let i = 0; i < 20; i++) {
      await verifyCredentials("chefin@example.org", "falsch", `10.0.3.${i % 4}`).catch(() => null);
    }
    // From a new browser, even with the right password: refused until the window ends.
    await expect(verifyCredentials("chefin@example.org", "richtiges passwort", "10.0.4.1")).rejects.toBeInstanceOf(SignInThrottledError);
    expect(await checks({ actorEmail: "chefin@example.org" })).toBe(SIGN_IN_LIMITS.account);
    // From her own browser: straight in.
    const cookie = issueDeviceCookie("chefin@example.org");
    expect(await verifyCredentials("chefin@example.org", "richtiges passwort", "10.0.4.1", cookie)).toMatchObject({ email: "chefin@example.org" });
    const locked = await lockedAccounts(["chefin@example.org"]);
    expect(locked.get("chefin@example.org")!.getTime()).toBeGreaterThan(Date.now());
    // An admin lifts it; then any browser may try again.
    await clearSignInLimits("chefin@example.org");
    expect((await lockedAccounts(["chefin@example.org"])).size).toBe(0);
    expect(await verifyCredentials("chefin@example.org", "richtiges passwort", "10.0.4.1")).toMatchObject({ email: "chefin@example.org" });
  });

  it("a known browser has its own limit", async () => {
    await account("eigen@example.org", "richtiges passwort");
    const cookie = issueDeviceCookie("eigen@example.org");
    for (let i = 0; i < SIGN_IN_LIMITS.device; i++) await verifyCredentials("eigen@example.org", "falsch", "10.0.5.1", cookie);
    await expect(verifyCredentials("eigen@example.org", "falsch", "10.0.5.1", cookie)).rejects.toBeInstanceOf(SignInThrottledError);
    // …which is not the account's: another browser is still let in.
    expect(await verifyCredentials("eigen@example.org", "richtiges passwort", "10.0.5.2")).toMatchObject({ email: "eigen@example.org" });
  });

  it("the address limit is loose and shared over all accounts", async () => {
    const ip = "10.0.6.1";
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => verifyCredentials(`person${i % 10}@example.org`, "falsch", ip)),
    );
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(30 - SIGN_IN_LIMITS.address);
    expect(await checks({ ip })).toBe(SIGN_IN_LIMITS.address);
  });

  it("a window that has run out starts again", async () => {
    const ip = "10.0.7.1";
    const now = new Date();
    for (let i = 0; i < SIGN_IN_LIMITS.pair; i++) await reserveSignIn({ email: "spaeter@example.org", ip, device: null }, now);
    expect(await reserveSignIn({ email: "spaeter@example.org", ip, device: null }, now)).toMatchObject({ allowed: false });
    const later = new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1);
    expect(await reserveSignIn({ email: "spaeter@example.org", ip, device: null }, later)).toMatchObject({ allowed: true });
  });
});

describe("device cookies", () => {
  it("name one account, cannot be forged and expire", () => {
    const cookie = issueDeviceCookie("a@example.org");
    expect(knownDevice(cookie, "a@example.org")).toMatch(/^[\w-]{16}$/);
    expect(knownDevice(cookie, "b@example.org")).toBeNull();
    const [payload] = cookie.split(".");
    const forged = Buffer.from(JSON.stringify({ email: "b@example.org", device: "x", issuedAt: Date.now() })).toString("base64url");
    expect(knownDevice(`${forged}.${cookie.split(".")[1]}`, "b@example.org")).toBeNull();
    expect(knownDevice(`${payload}.AAAA`, "a@example.org")).toBeNull();
    expect(knownDevice("garbage", "a@example.org")).toBeNull();
    expect(knownDevice(cookie, "a@example.org", Date.now() + 181 * 86_400_000)).toBeNull();
  });

  it("a shared desk computer stays known for each colleague who signed in there (the five most recent)", () => {
    let cookie: string | undefined;
    for (const name of ["a", "b", "c", "d", "e", "f"]) cookie = issueDeviceCookie(`${name}@example.org`, cookie);
    expect(knownDevice(cookie, "a@example.org")).toBeNull(); // the oldest made room
    for (const name of ["b", "c", "d", "e", "f"]) expect(knownDevice(cookie, `${name}@example.org`), name).toMatch(/^[\w-]{16}$/);
    // Signing in again renews that account's claim and keeps the others.
    const before = knownDevice(cookie, "c@example.org");
    cookie = issueDeviceCookie("c@example.org", cookie);
    expect(knownDevice(cookie, "c@example.org")).not.toBe(before);
    expect(knownDevice(cookie, "b@example.org")).toMatch(/^[\w-]{16}$/);
    // A forged claim in the list is ignored, the genuine ones still count.
    const forged = `${Buffer.from(JSON.stringify({ email: "x@example.org", device: "x", issuedAt: Date.now() })).toString("base64url")}.AAAA`;
    expect(knownDevice(`${forged}~${cookie}`, "x@example.org")).toBeNull();
    expect(knownDevice(`${forged}~${cookie}`, "d@example.org")).toMatch(/^[\w-]{16}$/);
  });
});
