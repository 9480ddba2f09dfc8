import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount } from "./helpers/accounts";
import { chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("dateline, two authors, a tag, a quote with attribution and an info box reach the reader page", async ({ page, browser }) => {
  const stamp = Date.now();
  const coAuthor = await createAccount("AUTHOR", `Clara Ko ${stamp}`);
  const headline = `Anatomie einer Nachricht ${stamp}`;
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Alles, was eine Nachricht braucht.");
  await page.getByLabel("Dateline").fill("Brüssel");
  // A tag that does not exist yet: the editor creates it from the article (editors may).
  await page.getByLabel("Add a tag").fill(`Ukraine-Krieg ${stamp}`);
  await page.getByRole("button", { name: `Create tag “Ukraine-Krieg ${stamp}”` }).click();
  await expect(page.getByRole("list", { name: "Chosen tags" })).toContainText(`Ukraine-Krieg ${stamp}`);
  await expect(page.getByLabel("Add a tag")).toHaveValue("");
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Der erste Absatz.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Quote", exact: true }).click();
  await page.keyboard.type("Wir wollen Frieden.");
  await page.getByLabel("Quote attribution").fill("Pete Hegseth");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Info box", exact: true }).click();
  await page.keyboard.type("Die Kontaktgruppe tagt seit 2022.");
  await page.getByLabel("Info box title").fill("Hintergrund");
  await expect(page.getByLabel("Counters")).toContainText(/\d+ words · 1 min read/);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");

  // The byline: its own action, for editors.
  await page.getByLabel("Add an author").selectOption({ label: coAuthor.name });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("button", { name: "Save byline" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Byline saved");

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");
  const slug = await page.getByLabel("Slug").inputValue();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/politik/${slug}`);
  await expect(reader.getByText(`Von Ada Admin und ${coAuthor.name}`)).toBeVisible();
  await expect(reader.locator(".article-body p").first()).toHaveText("Brüssel – Der erste Absatz.");
  await expect(reader.locator("figure blockquote")).toContainText("Wir wollen Frieden.");
  await expect(reader.locator("figure figcaption cite")).toHaveText("Pete Hegseth");
  await expect(reader.getByRole("complementary", { name: "Hintergrund" })).toContainText("Die Kontaktgruppe tagt seit 2022.");
  await expect(reader.getByRole("listitem").filter({ hasText: `Ukraine-Krieg ${stamp}` })).toBeVisible();
});
