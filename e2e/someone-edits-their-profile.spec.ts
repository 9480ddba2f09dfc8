import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./helpers/accounts";

test("an editor updates name and bio, and changes the password only with the current one", async ({ page, browser }) => {
  const me = await createAccount("EDITOR", `Paula Profil ${Date.now()}`);
  await signIn(page, me.email, me.password);
  await page.getByRole("link", { name: new RegExp(`${me.name} · editor`) }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await page.getByLabel("Bio").fill("Berichtet aus Brüssel über die EU.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();

  await page.getByLabel("Current password").fill("nicht mein passwort");
  await page.getByLabel("New password").fill("ein neues langes Passwort");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Current password: this is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(me.password);
  await page.getByLabel("New password").fill("ein neues langes Passwort");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions are signed out.")).toBeVisible();
  // This tab was signed in again with the new password; the old one no longer works.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "The newsroom's day" })).toBeVisible();
  const other = await (await browser.newContext()).newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(me.email);
  await other.getByLabel("Password").fill(me.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByTestId("form-alert")).toBeVisible();
});
