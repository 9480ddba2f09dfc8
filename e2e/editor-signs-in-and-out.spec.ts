import { expect, test } from "@playwright/test";
import { ADMIN, count, createAccount, signIn } from "./helpers/accounts";

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

test("after signing out, a copy of the old session cookie opens nothing", async ({ browser, playwright, baseURL }) => {
  const reporter = await createAccount("AUTHOR");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, reporter.email, reporter.password);
  const copied = await context.storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await context.close();

  // Somebody kept the cookie (a shared computer, a proxy log): it was ended on the server.
  const replay = await playwright.request.newContext({ baseURL, storageState: copied });
  const newsroom = await replay.get("/admin", { maxRedirects: 0 });
  expect(newsroom.status()).toBe(307);
  expect(newsroom.headers().location).toContain("/login");
  const profile = await replay.get("/admin/profile");
  expect(await profile.text()).not.toContain(reporter.email);
  await replay.dispose();
});

test("“Sign out everywhere” ends the sessions in every browser", async ({ browser }) => {
  const reporter = await createAccount("AUTHOR");
  const office = await browser.newContext();
  const laptop = await browser.newContext();
  const officePage = await office.newPage();
  const laptopPage = await laptop.newPage();
  await signIn(officePage, reporter.email, reporter.password);
  await signIn(laptopPage, reporter.email, reporter.password);

  await officePage.goto("/admin/profile");
  await officePage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(officePage).toHaveURL(/\/login/);
  await laptopPage.goto("/admin");
  await expect(laptopPage).toHaveURL(/\/login\?next=/);
  expect(await count("AuditEvent", `"action" = 'user.signout-everywhere' AND "actorId" = ?`, [reporter.id])).toBe(1);
  await office.close();
  await laptop.close();
});
