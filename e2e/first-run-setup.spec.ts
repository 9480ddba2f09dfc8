import { expect, test } from "@playwright/test";
import { ADMIN, adminStorageState } from "./helpers/accounts";

// Runs first (the "setup" project): a fresh site has no account yet.
test("the first visitor sets up the newsroom and lands in it", async ({ page }) => {
  await page.goto("/setup");
  await expect(page.getByRole("heading", { name: "Set up Redaktion" })).toBeVisible();

  // A password under 12 characters is refused next to the field, nothing is created.
  await page.getByLabel("Name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("zu-kurz-11c");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password: at least 12 characters.")).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);

  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  // The desk: what to do first on a fresh site, and the demo article on the home page.
  await expect(page.getByRole("heading", { name: "The newsroom's day" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New article" })).toBeVisible();
  const firstSteps = page.getByRole("region", { name: "First steps" });
  await expect(firstSteps.getByRole("link", { name: "Fill in and publish “Impressum”" })).toBeVisible();
  await expect(firstSteps.getByRole("link", { name: "Invite colleagues" })).toBeVisible();
  await expect(firstSteps.getByRole("link", { name: "Write your first article" })).toBeVisible();
  await expect(page.getByRole("region", { name: "On the home page" }).getByRole("link", { name: "Trump geht auf Putin zu!" })).toBeVisible();
  await page.context().storageState({ path: adminStorageState });

  // Setup is gone once an administrator exists, for everyone.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/admin$/);
  const stranger = await page.context().browser()!.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(new URL("/setup", page.url()).toString());
  await expect(strangerPage).toHaveURL(/\/login$/);
  await stranger.close();
});
