import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";

test("when an admin changes an editor's role, the editor's open session stops working", async ({ browser }) => {
  const colleague = await createAccount("EDITOR", `Erika Beispiel ${Date.now()}`);
  const theirContext = await browser.newContext();
  const theirs = await theirContext.newPage();
  await signIn(theirs, colleague.email, colleague.password);
  await expect(theirs.getByRole("link", { name: "Sections & tags" })).toBeVisible();

  const adminContext = await browser.newContext({ storageState: adminStorageState });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  await admin.getByLabel(`Role of ${colleague.name}`).selectOption("CONTRIBUTOR");
  await expect(admin.getByLabel(`Role of ${colleague.name}`)).toHaveValue("CONTRIBUTOR");

  await theirs.goto("/admin");
  await expect(theirs).toHaveURL(/\/login/);
  // Signing in again gives the new role's view.
  await signIn(theirs, colleague.email, colleague.password);
  await expect(theirs.getByRole("link", { name: "Sections & tags" })).toHaveCount(0);
  await Promise.all([theirContext.close(), adminContext.close()]);
});

test("an admin invites a colleague, who sets a password through the link and lands in the newsroom", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: adminStorageState });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  const email = `neu-${Date.now()}@redaktion.test`;
  await admin.getByLabel("Name", { exact: true }).fill("Nora Neu");
  await admin.getByLabel("Email", { exact: true }).fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("AUTHOR");
  await admin.getByRole("button", { name: "Create invitation" }).click();
  const link = await admin.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);

  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "Welcome, Nora Neu" })).toBeVisible();
  await newcomer.getByLabel("Password").fill("Nora schreibt gern Nachrichten");
  await newcomer.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(newcomer.getByRole("heading", { name: "The newsroom's day" })).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  expect((await again.goto(link))?.status()).toBe(404);
  await Promise.all([adminContext.close(), newcomerContext.close()]);
});
