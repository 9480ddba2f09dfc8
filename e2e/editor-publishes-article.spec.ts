import { expect, test, type Browser } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { readerSeesWithin } from "./helpers/reader";

test.use({ storageState: adminStorageState });

async function readerPage(browser: Browser) {
  const reader = await browser.newContext(); // signed out
  return { reader, page: await reader.newPage() };
}

test("an editor writes a draft, publishes it, a reader sees it at once, and it can be taken down", async ({ page, browser }) => {
  const headline = `Größe & Übermaß im Bundestag ${Date.now()}`;
  await page.goto("/admin");
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("heading", { name: "New article" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Body" })).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);

  await page.getByLabel("Kicker").fill("Haushalt");
  await page.getByLabel("Headline").fill(headline);
  // The slug follows the headline, transliterated.
  await expect(page.getByLabel("Slug")).toHaveValue(/^groesse-uebermass-im-bundestag-\d+$/);
  await page.getByLabel("Teaser").fill("Der Bundestag streitet über „Größe“ und Maß – eine Übersicht.");
  await page.getByLabel("Section").selectOption({ label: "Politik" });

  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Der erste Absatz mit „Zitat“.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Subheading", exact: true }).click();
  await page.keyboard.type("Was jetzt kommt");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Der zweite Absatz.");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  const slug = await page.getByLabel("Slug").inputValue();
  const url = `/politik/${slug}`;

  // The draft is invisible to a signed-out reader: 404, not on the home page, not in the HTML.
  const { reader, page: readerView } = await readerPage(browser);
  expect((await readerView.goto(url))?.status()).toBe(404);
  await readerView.goto("/");
  expect(await readerView.content()).not.toContain("Der erste Absatz mit");
  await expect(readerView.getByRole("link", { name: headline })).toHaveCount(0);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");

  // Within a second a reader sees it: the cache was expired, not left to time out.
  await readerSeesWithin(readerView, "/", () => expect(readerView.getByRole("link", { name: headline })).toBeVisible({ timeout: 100 }));
  const response = await readerView.goto(url);
  expect(response?.status()).toBe(200);
  await expect(readerView.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(readerView.getByRole("heading", { level: 2, name: "Was jetzt kommt" })).toBeVisible();
  await expect(readerView.getByText("Der erste Absatz mit „Zitat“.")).toBeVisible();

  // Editing the live article updates the reader page on the next request.
  await page.getByLabel("Teaser").fill("Neuer Vorspann nach der Korrektur.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").first()).toContainText("the live article is updated");
  await readerSeesWithin(readerView, url, () => expect(readerView.getByText("Neuer Vorspann nach der Korrektur.")).toBeVisible({ timeout: 100 }));

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Unpublished");
  // Taken off the site: the address answers 410 Gone, not 404.
  const gone = await readerView.goto(url);
  expect(gone?.status()).toBe(410);
  await expect(readerView.getByRole("heading", { name: "Dieser Artikel ist nicht mehr verfügbar" })).toBeVisible();
  await readerSeesWithin(readerView, "/", () => expect(readerView.getByRole("link", { name: headline })).toHaveCount(0, { timeout: 100 }));
  await reader.close();

  // The newsroom list shows it, newest change first.
  await page.goto("/admin");
  const firstRow = page.getByRole("row").nth(1);
  await expect(firstRow).toContainText(headline);
  await expect(firstRow).toContainText("Unpublished");
  await expect(firstRow).toContainText("Politik");
  await expect(firstRow).toContainText("Ada Admin");
});

test("publishing without a teaser names the missing field and publishes nothing", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(`Ohne Vorspann ${Date.now()}`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Fill in the highlighted fields before publishing.");
  await expect(page.getByText("Status:")).toContainText("Draft");
  await expect(page.getByText("A teaser is required to publish.")).toBeVisible();
  await expect(page.getByLabel("Teaser")).toHaveAttribute("aria-invalid", "true");
});
