import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { berlinInput } from "./helpers/dates";
import { chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("an article scheduled a few seconds ahead appears for a signed-out reader on its own", async ({ page, browser }) => {
  const headline = `Eilmeldung zur vollen Stunde ${Date.now()}`;
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Geplant veröffentlicht.");
  // Whole seconds: the field has no milliseconds, so the article is due at goLive exactly.
  const goLive = new Date(Math.floor((Date.now() + 8_000) / 1000) * 1000);
  await page.getByLabel("Publish at (Berlin time)").fill(berlinInput(goLive));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Scheduled");
  await expect(page.getByText("Goes live")).toBeVisible();

  // The newsroom list says when.
  await page.goto("/admin");
  await expect(page.getByRole("row", { name: new RegExp(headline) })).toContainText("goes live");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
  // Nobody touches the article again: the server's own scheduler publishes it.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 25_000, intervals: [1_000] });
  expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
});
