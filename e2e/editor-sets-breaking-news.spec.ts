import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { expectNoAxeViolations } from "./helpers/axe";
import { readerSeesWithin } from "./helpers/reader";

// The "Eilmeldung": the desk sets one line with a link, and it appears above
// every reader page within a second, also on pages the server answers from
// its cache; ending it takes it down just as fast.

const DEMO = "/politik/trump-geht-auf-putin-zu";
const demoHeadline = (JSON.parse(fs.readFileSync("prisma/seed/seed-article.de.json", "utf8")) as { headline: string }).headline;

test("an editor sets an Eilmeldung; a reader's cached article page shows it within a second, and it goes when ended", async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  // The article page is in the server's cache before anything happens.
  await reader.goto(DEMO);
  const cached = await reader.goto(DEMO);
  expect(cached?.headers()["x-front-cache"]).toBe("HIT");
  expect(await bannerOn(reader)).toBeNull();

  const desk = await (await browser.newContext({ storageState: adminStorageState })).newPage();
  await desk.goto("/admin");
  await desk.getByRole("link", { name: "Breaking news", exact: true }).click();
  await expect(desk.getByRole("heading", { name: "Breaking news (Eilmeldung)" })).toBeVisible();
  await expectNoAxeViolations(desk, "breaking news desk");

  // Nothing typed: a message naming the field, nothing published.
  await desk.getByRole("button", { name: "Publish breaking news" }).click();
  await expect(desk.getByText("Text: write the one line readers see.")).toBeVisible();
  await expect(desk.getByText("Nothing is running.")).toBeVisible();

  const line = `Waffenruhe vereinbart ${Date.now()}`;
  await desk.getByLabel("Text").fill(line);
  await desk.getByLabel("Article").selectOption({ label: demoHeadline });
  await desk.getByRole("button", { name: "Publish breaking news" }).click();
  await expect(desk.getByRole("status")).toHaveText("Breaking news is live on every reader page");
  await expect(desk.getByRole("link", { name: line })).toBeVisible();

  // The page's HTML still comes from the cache; the banner arrives on its own.
  await readerSeesWithin(reader, DEMO, () => expect(reader.getByRole("region", { name: "Eilmeldung" })).toContainText(line, { timeout: 300 }));
  const again = await reader.goto(DEMO);
  expect(again?.headers()["x-front-cache"]).toBe("HIT");
  await expect(reader.getByRole("region", { name: "Eilmeldung" }).getByRole("link", { name: line })).toHaveAttribute("href", DEMO);
  await expectNoAxeViolations(reader, "article page with the banner");
  // On every reader page, not just the one it links to.
  await reader.goto("/");
  await expect(reader.getByRole("region", { name: "Eilmeldung" })).toContainText(line);

  await desk.getByRole("button", { name: "End now" }).click();
  await expect(desk.getByRole("status")).toHaveText("Breaking news ended");
  await expect(desk.getByText("Nothing is running.")).toBeVisible();
  // Gone within a second: the page asked for the banner and got none.
  await expect(async () => expect(await bannerOn(reader)).toBeNull()).toPass({ timeout: 1_000, intervals: [50, 100, 100, 200] });
});

/** Loads the article, waits until its banner request was answered, and returns the banner's text (null: none). */
async function bannerOn(page: import("@playwright/test").Page) {
  await page.goto(DEMO);
  await page.locator("[data-asked]").waitFor({ state: "attached" });
  const region = page.getByRole("region", { name: "Eilmeldung" });
  return (await region.count()) > 0 ? await region.textContent() : null;
}
