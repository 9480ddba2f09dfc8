import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { adminStorageState, count, createAccount, e2eDataDir } from "./helpers/accounts";

// A forgotten password: an administrator gives a one-time link from the users
// page, or, when nobody can sign in at all, `npm run user` prints one from the
// shell. The link works once; the new password signs the person in and ends
// their other sessions.

const signedOut = { storageState: { cookies: [], origins: [] } };

async function choosePassword(page: Page, link: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: /^A new password, / })).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Save new password and sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

test.describe("with an administrator's session", () => {
  test.use({ storageState: adminStorageState });

  test("an administrator gives a reset link; it works once and the old password stops working", async ({ page, browser }) => {
    const reporter = await createAccount("AUTHOR");
    await page.goto("/admin/users");
    // The demo byline is a name, not a pending invitation.
    await expect(page.getByRole("row").filter({ hasText: "redaktion@" })).toContainText("(byline only: cannot sign in)");
    await page.getByRole("button", { name: `Make a password reset link for ${reporter.name}` }).click();
    const link = await page.getByRole("textbox", { name: `Password reset link for ${reporter.name}` }).inputValue();
    expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
    await expect(page.getByText(/it works once, until \d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/)).toBeVisible();

    const person = await (await browser.newContext(signedOut)).newPage();
    await choosePassword(person, link, "ein ganz neues langes Passwort");
    expect(await count("AuditEvent", `"action" = 'user.password-reset' AND "targetId" = ?`, [reporter.id])).toBe(1);

    // Once only.
    const again = await (await browser.newContext(signedOut)).newPage();
    const response = await again.goto(link);
    expect(response?.status()).toBe(404);
    // The old password no longer signs in.
    await again.goto("/login");
    await again.getByLabel("Email").fill(reporter.email);
    await again.getByLabel("Password").fill(reporter.password);
    await again.getByRole("button", { name: "Sign in" }).click();
    await expect(again.getByTestId("form-alert")).toBeVisible();
  });

  test("an administrator takes back an open reset link: it stops working, the account stays", async ({ page, browser }) => {
    const reporter = await createAccount("AUTHOR");
    await page.goto("/admin/users");
    await page.getByRole("button", { name: `Make a password reset link for ${reporter.name}` }).click();
    const link = await page.getByRole("textbox", { name: `Password reset link for ${reporter.name}` }).inputValue();
    const row = page.getByRole("row").filter({ hasText: reporter.email });
    await expect(row).toContainText("reset link valid until");
    await page.getByRole("button", { name: `Revoke the reset link: ${reporter.name}` }).click();
    await page.getByRole("dialog", { name: `Revoke ${reporter.name}'s reset link?` }).getByRole("button", { name: "Revoke link" }).click();
    await expect(row).not.toContainText("reset link valid until");
    const person = await (await browser.newContext(signedOut)).newPage();
    expect((await person.goto(link))?.status()).toBe(404);
    expect(await count("User", `"id" = ? AND "disabled" = ?`, [reporter.id, false])).toBe(1);
  });
});

test.describe("an invitation that got lost", () => {
  test.use({ storageState: adminStorageState });

  test("the administrator sees until when it works and makes a new link; the old one stops working", async ({ page, browser }) => {
    await page.goto("/admin/users");
    const name = `Neu Kollegin ${Date.now()}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Email", { exact: true }).fill(`neu-${Date.now()}@redaktion.test`);
    await page.getByRole("button", { name: "Create invitation" }).click();
    const first = await page.getByLabel("Invitation link", { exact: true }).inputValue();
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(/\(invited: the link works until \d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\)/);
    await row.getByRole("button", { name: `Make a new invitation link for ${name}` }).click();
    const second = await page.getByRole("textbox", { name: `Invitation link for ${name}` }).inputValue();
    expect(second).not.toBe(first);
    const person = await (await browser.newContext(signedOut)).newPage();
    expect((await person.goto(first))?.status()).toBe(404);
    await person.goto(second);
    await expect(person.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  });
});

test.describe("an invitation sent to the wrong person", () => {
  test.use({ storageState: adminStorageState });

  test("the administrator revokes it: the link stops working, the account is gone, and the audit log says so in words", async ({ page, browser }) => {
    await page.goto("/admin/users");
    const name = `Falsch Eingeladen ${Date.now()}`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Email", { exact: true }).fill(`falsch-${Date.now()}@redaktion.test`);
    await page.getByRole("button", { name: "Create invitation" }).click();
    const link = await page.getByLabel("Invitation link", { exact: true }).inputValue();
    await page.reload();
    await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: `Revoke invitation for ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke the invitation of ${name}?` });
    await dialog.getByRole("button", { name: "Revoke invitation" }).click();
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
    const person = await (await browser.newContext(signedOut)).newPage();
    expect((await person.goto(link))?.status()).toBe(404);

    // The log, for people: filtered to this event, in words, with the address it went to.
    await page.goto("/admin/audit");
    const filters = page.getByRole("search", { name: "Filter the log" });
    await filters.getByLabel("Event").selectOption({ label: "revoked an invitation" });
    await filters.getByLabel("Person").selectOption({ label: "Ada Admin" });
    await filters.getByRole("button", { name: "Show" }).click();
    const entry = page.getByRole("row").filter({ hasText: "revoked an invitation" }).first();
    await expect(entry).toContainText("Ada Admin");
    await expect(entry).toContainText(/falsch-\d+@redaktion\.test/);
    await expect(entry).toContainText("(deleted)");
    await filters.getByLabel("From (day)").fill("2020-01-01");
    await filters.getByLabel("To (day)").fill("2020-01-02");
    await filters.getByRole("button", { name: "Show" }).click();
    await expect(page.getByText("No entries match these filters.")).toBeVisible();
  });
});

test("from the shell: npm run user prints a reset link for a forgotten password, and creates an administrator", async ({ browser, baseURL }) => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["scripts/user.mjs", ...args], { env: { ...process.env, DATA_DIR: e2eDataDir, NEXTAUTH_URL: baseURL!, DATABASE_URL: process.env.DATABASE_URL ?? "" }, encoding: "utf8" });
  const editor = await createAccount("EDITOR");
  const reset = run("reset-password", editor.email);
  expect(reset.status, reset.stderr).toBe(0);
  const resetLink = /(http\S+\/invite\/\S+)/.exec(reset.stdout)?.[1];
  expect(resetLink).toBeTruthy();
  const person = await (await browser.newContext(signedOut)).newPage();
  await choosePassword(person, resetLink!, "vom Terminal gesetztes Passwort");

  const unknown = run("reset-password", "niemand@redaktion.test");
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim()).toBe('No account has the email niemand@redaktion.test. To add an administrator: npm run user -- create-admin niemand@redaktion.test "<name>"');

  const email = `chefin-${Date.now()}@redaktion.test`;
  const created = run("create-admin", email, "Clara", "Chefin");
  expect(created.status, created.stderr).toBe(0);
  const inviteLink = /(http\S+\/invite\/\S+)/.exec(created.stdout)?.[1];
  const admin = await (await browser.newContext(signedOut)).newPage();
  await admin.goto(inviteLink!);
  await expect(admin.getByRole("heading", { name: "Welcome, Clara Chefin" })).toBeVisible();
  await admin.getByLabel("Password").fill("die neue Chefin hat ein Passwort");
  await admin.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(admin.getByRole("link", { name: "Users" })).toBeVisible(); // an administrator's navigation
  expect(run("create-admin", email, "Clara").status).toBe(1);
});
