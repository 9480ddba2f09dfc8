import { expect, test, type Browser } from "@playwright/test";
import { adminStorageState, count, createAccount, signIn } from "./helpers/accounts";
import { csrfToken, signInByApi } from "./helpers/sign-in";

// Journeys act from made-up addresses (the test server trusts one proxy hop
// and so takes X-Forwarded-For's last entry), so they do not throttle each other.
const FAILED = "Sign-in failed: the email or the password is wrong.";
const THROTTLED = /^Too many failed sign-ins\. For your account's safety, try again at \d{2}:\d{2}, or ask an administrator to unlock your account\.$/;

/** Real password checks made for an account: every check ends as one of these audit rows. */
const passwordChecks = (email: string) => count("AuditEvent", `"action" IN ('signin.failed', 'signin.ok') AND "actorEmail" = ?`, [email]);

async function browserAt(browser: Browser, address: string, storageState?: string) {
  return browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address }, storageState });
}

/** One attempt through the form; waits for the form's answer. */
async function tryPassword(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("form-alert").waitFor();
}

test("after five wrong passwords for one account from one address, the sixth attempt is refused with a time to retry", async ({ browser }) => {
  const reporter = await createAccount("AUTHOR");
  const context = await browserAt(browser, "198.51.100.23");
  const page = await context.newPage();
  for (let attempt = 1; attempt <= 6; attempt++) {
    await tryPassword(page, reporter.email, "falsches passwort");
    const alert = page.getByTestId("form-alert");
    if (attempt <= 5) await expect(alert).toHaveText(FAILED);
    else await expect(alert).toHaveText(THROTTLED);
  }
  await context.close();
});

test("100 wrong passwords sent at the same moment get at most 5 real password checks", async ({ playwright, baseURL }) => {
  const target = await createAccount("EDITOR");
  const request = await playwright.request.newContext({ baseURL });
  const token = await csrfToken(request);
  const answers = await Promise.all(Array.from({ length: 100 }, () => signInByApi(request, baseURL!, target.email, "geraten", "203.0.113.77", token)));
  expect(answers.filter((a) => a === "wrong").length).toBeLessThanOrEqual(5);
  expect(answers.filter((a) => a === "throttled").length).toBeGreaterThanOrEqual(95);
  expect(await passwordChecks(target.email)).toBeLessThanOrEqual(5);
  expect(await count("AuditEvent", `"action" = 'signin.throttled' AND "actorEmail" = ?`, [target.email])).toBeGreaterThanOrEqual(95);

  // 30 at once from one address against ten accounts: the address's own (loose) limit of 20 holds too.
  const names = Array.from({ length: 10 }, (_, i) => `spray-${i}-${Date.now()}@redaktion.test`);
  const spray = await Promise.all(Array.from({ length: 30 }, (_, i) => signInByApi(request, baseURL!, names[i % 10]!, "geraten", "203.0.113.78", token)));
  expect(spray.filter((a) => a === "wrong").length).toBeLessThanOrEqual(20);
  expect(spray.filter((a) => a === "throttled").length).toBeGreaterThanOrEqual(10);
  expect(await count("AuditEvent", `"action" IN ('signin.failed', 'signin.ok') AND "ip" = '203.0.113.78'`)).toBeLessThanOrEqual(20);
  await request.dispose();
});

test("an attacker's 20 wrong guesses do not keep the editor out of her own browser; an admin lifts the lockout", async ({ browser, baseURL, playwright }) => {
  const chief = await createAccount("EDITOR", `Chefin ${Date.now().toString(36)}`);
  // Her browser: she has signed in here before.
  const hers = await browserAt(browser, "192.0.2.10");
  const page = await hers.newPage();
  await signIn(page, chief.email, chief.password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // Somebody who knows her email, from elsewhere.
  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 20; i++) await signInByApi(attacker, baseURL!, chief.email, `rate ${i}`, `203.0.113.${100 + (i % 5)}`);
  await attacker.dispose();

  // A browser she never used is refused for now, even with the right password…
  const fresh = await browserAt(browser, "192.0.2.11");
  const freshPage = await fresh.newPage();
  await tryPassword(freshPage, chief.email, chief.password);
  await expect(freshPage.getByTestId("form-alert")).toHaveText(THROTTLED);
  await freshPage.goto("/login");

  // …her own browser lets her in at once.
  await signIn(page, chief.email, chief.password);
  await hers.close();

  // The users page shows the lockout; an admin lifts it, audited.
  const admin = await browser.newContext({ storageState: adminStorageState });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: chief.email });
  await expect(row).toContainText("Sign-in locked until");
  await row.getByRole("button", { name: `Unlock sign-in for ${chief.name}` }).click();
  await expect(row).not.toContainText("Sign-in locked");
  expect(await count("AuditEvent", `"action" = 'user.signin-unlock' AND "targetId" = ?`, [chief.id])).toBe(1);
  await admin.close();

  await signIn(freshPage, chief.email, chief.password);
  await fresh.close();
});

test("one colleague's six typos do not lock out the office: another colleague at the same address signs in", async ({ browser }) => {
  const office = "198.51.100.200";
  const clumsy = await createAccount("AUTHOR");
  const colleague = await createAccount("AUTHOR");
  const first = await browserAt(browser, office);
  const firstPage = await first.newPage();
  for (let i = 0; i < 6; i++) await tryPassword(firstPage, clumsy.email, `vertippt ${i}`);
  await expect(firstPage.getByTestId("form-alert")).toHaveText(THROTTLED);
  await first.close();

  const second = await browserAt(browser, office);
  await signIn(await second.newPage(), colleague.email, colleague.password);
  await second.close();
});

test("the address in the audit log is the one the trusted proxy saw, not one the client wrote", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const email = `wer-${Date.now()}@redaktion.test`;
  // The client forges two entries and X-Real-IP; the proxy (one trusted hop) appended the last one.
  await request.post("/api/auth/callback/credentials", {
    headers: { Origin: baseURL!, "X-Forwarded-For": "6.6.6.6, 7.7.7.7, 192.0.2.99", "X-Real-IP": "8.8.8.8" },
    form: { csrfToken: await csrfToken(request), email, password: "x", json: "true" },
    failOnStatusCode: false,
  });
  expect(await count("AuditEvent", `"action" = 'signin.failed' AND "actorEmail" = ? AND "ip" = '192.0.2.99'`, [email])).toBe(1);
  expect(await count("AuditEvent", `"actorEmail" = ? AND "ip" IN ('6.6.6.6', '7.7.7.7', '8.8.8.8')`, [email])).toBe(0);
  await request.dispose();
});
