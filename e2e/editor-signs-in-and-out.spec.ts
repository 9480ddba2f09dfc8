import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";

test("signed out, the newsroom sends you to the sign-in page", async ({ page }) => {
  for (const path of ["/admin", "/admin/articles/new", "/admin/articles/some-id"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  }
});

test("a wrong password and an unknown email get the same answer", async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByTestId("form-alert");
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute("role", "alert");
    return alert.textContent();
  };
  const wrongPassword = await attempt(ADMIN.email, "definitiv-falsches-passwort");
  const unknownEmail = await attempt("niemand@redaktion.test", "definitiv-falsches-passwort");
  expect(wrongPassword).toBe(unknownEmail);
  expect(wrongPassword).toContain("the email or the password is wrong");
});

test("an editor signs in, reaches the newsroom, and signs out again", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Back where they wanted to go.
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=/);
});
