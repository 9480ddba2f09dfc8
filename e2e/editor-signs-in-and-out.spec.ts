import { ADMIN, count, createAccount, signIn } from "./helpers/accounts";
import { expect, test } from "./helpers/i18n";

test("signed out, the newsroom sends you to the sign-in page", async ({ page, t }) => {
  for (const path of ["/admin", "/admin/articles/new", "/admin/articles/some-id"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login\?next=/);
    await expect(page.getByRole("heading", { name: t("auth.signIn.heading") })).toBeVisible();
  }
});

test("a wrong password and an unknown email get the same answer", async ({ page, t }) => {
  const attempt = async (email: string, password: string) => {
    await page.goto("/login");
    await page.getByLabel(t("auth.signIn.email")).fill(email);
    await page.getByLabel(t("auth.signIn.password")).fill(password);
    await page.getByRole("button", { name: t("auth.signIn.submit") }).click();
    const alert = page.getByTestId("form-alert");
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute("role", "alert");
    return alert.textContent();
  };
  const wrongPassword = await attempt(ADMIN.email, "definitiv-falsches-passwort");
  const unknownEmail = await attempt("niemand@redaktion.test", "definitiv-falsches-passwort");
  expect(wrongPassword).toBe(unknownEmail);
  expect(wrongPassword).toBe(t("auth.signIn.failed"));
});

test("an editor signs in, reaches the newsroom, and signs out again", async ({ page, t }) => {
  await page.goto("/admin/articles/new");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel(t("auth.signIn.email")).fill(ADMIN.email);
  await page.getByLabel(t("auth.signIn.password")).fill(ADMIN.password);
  await page.getByRole("button", { name: t("auth.signIn.submit") }).click();
  // Back where they wanted to go.
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  // The session cookie is out of scripts' reach and not sent along by other sites' requests (Secure in production, over TLS).
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await expect(page.getByRole("heading", { name: t("articles.form.new") })).toBeVisible();

  await page.getByRole("button", { name: t("nav.signOut") }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=/);
});

test("after signing out, a copy of the old session cookie opens nothing", async ({ browser, playwright, baseURL, t, locale }) => {
  const reporter = await createAccount("AUTHOR");
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signIn(page, reporter.email, reporter.password);
  const copied = await context.storageState();
  await page.getByRole("button", { name: t("nav.signOut") }).click();
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

test("“Sign out everywhere” ends the sessions in every browser", async ({ browser, t, locale }) => {
  const reporter = await createAccount("AUTHOR");
  const office = await browser.newContext({ locale });
  const laptop = await browser.newContext({ locale });
  const officePage = await office.newPage();
  const laptopPage = await laptop.newPage();
  await signIn(officePage, reporter.email, reporter.password);
  await signIn(laptopPage, reporter.email, reporter.password);

  await officePage.goto("/admin/profile");
  await officePage.getByRole("button", { name: t("profile.sessions.submit") }).click();
  await expect(officePage).toHaveURL(/\/login/);
  await laptopPage.goto("/admin");
  await expect(laptopPage).toHaveURL(/\/login\?next=/);
  expect(await count("AuditEvent", `"action" = 'user.signout-everywhere' AND "actorId" = ?`, [reporter.id])).toBe(1);
  await office.close();
  await laptop.close();
});
