import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("a shared preview link shows the draft signed out, uncached and unindexed, until it is revoked", async ({ page, browser }) => {
  const headline = `Vorschau für den Desk ${Date.now()}`;
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Noch nicht veröffentlicht.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");

  // The newsroom preview renders the reader page's markup.
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("button", { name: "Preview", exact: true }).click()]);
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(headline);
  await preview.close();

  await page.getByLabel("Share link works for").selectOption("48");
  await page.getByRole("button", { name: "Share preview" }).click();
  const link = await page.getByLabel("Preview link").inputValue();
  expect(link).toMatch(/\/vorschau\/[A-Za-z0-9_-]{30,}$/);
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("Active until");

  const stranger = await (await browser.newContext()).newPage();
  const shown = await stranger.goto(link);
  expect(shown?.status()).toBe(200);
  expect(shown?.headers()["cache-control"]).toContain("no-store");
  expect(shown?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(headline);

  await page.getByRole("button", { name: /^Revoke the link/ }).click();
  await expect(page.getByRole("list", { name: "Share links" })).toContainText("Revoked");
  expect((await stranger.goto(link))?.status()).toBe(404);
});
