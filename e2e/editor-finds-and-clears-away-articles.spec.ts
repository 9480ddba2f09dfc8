import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { row } from "./helpers/db";
import { confirmDialog } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("an editor searches, filters and pages through the list", async ({ page }) => {
  const stamp = Date.now();
  const writer = await createAccount("AUTHOR", `Lisa Liste ${stamp}`);
  for (let i = 0; i < 55; i++) await insertArticle(writer.id, "DRAFT", `Haushaltsstreit ${stamp} Folge ${String(i).padStart(2, "0")}`);
  const published = await insertArticle(writer.id, "PUBLISHED", `Brückensanierung ${stamp}`, "panorama");

  await page.goto("/admin/articles");
  const filters = page.getByRole("search", { name: "Find articles" });
  await filters.getByLabel("Search headlines").fill(`haushaltsstreit ${stamp}`);
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`q=haushaltsstreit`));
  await expect(page.getByText("55 articles")).toBeVisible();
  const table = page.getByRole("table", { name: "Articles matching the filters" });
  await expect(table.getByRole("row")).toHaveCount(51); // the header and 50
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(table.getByRole("row")).toHaveCount(51);

  // Sorted by headline, filtered by author and status: a link a colleague can open.
  await filters.getByLabel("Sort").selectOption("headline");
  await filters.getByLabel("Author").selectOption({ label: writer.name });
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText(`Haushaltsstreit ${stamp} Folge 00`);
  await filters.getByLabel("Search headlines").fill(String(stamp));
  await filters.getByLabel("Status").selectOption("PUBLISHED");
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("1 article", { exact: true })).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toContainText(published.headline);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/articles$/);
});

test("an editor moves an article to the trash, restores one, and an admin deletes one for good", async ({ page, browser }) => {
  const stamp = Date.now();
  const author = await createAccount("AUTHOR");
  const published = await insertArticle(author.id, "PUBLISHED", `Fehlmeldung ${stamp}`, "panorama");
  const slug = (await row<{ slug: string }>(`SELECT "slug" FROM "Article" WHERE "id" = ?`, [published.id]))!.slug;
  const reader = await browser.newPage();
  expect((await reader.goto(`/panorama/${slug}`))!.status()).toBe(200);

  await page.goto(`/admin/articles/${published.id}`);
  await page.getByRole("button", { name: "Move to trash" }).click();
  // The in-page dialog: cancelling changes nothing.
  await page.getByRole("dialog", { name: "Move this article to the trash?" }).getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Move to trash" }).click();
  await confirmDialog(page, "Move this article to the trash?", "Move to trash");
  await expect(page.getByRole("status").first()).toHaveText("Moved to the trash");
  await expect(page.getByText(/In the trash since/)).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveAttribute("readonly", "");
  // Off the site at once: gone, as for an unpublished article.
  expect((await reader.goto(`/panorama/${slug}`))!.status()).toBe(410);

  // Out of the article list, into the trash.
  await page.goto(`/admin/articles?q=${encodeURIComponent(`Fehlmeldung ${stamp}`)}`);
  await expect(page.getByText("No articles match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Trash" }).click();
  await expect(page.getByRole("heading", { name: "Trash" })).toBeVisible();
  await page.getByRole("button", { name: `Restore “Fehlmeldung ${stamp}”` }).click();
  await expect(page.getByRole("status").first()).toHaveText(`“Fehlmeldung ${stamp}” is a draft again.`);
  expect((await row<{ status: string }>(`SELECT "status" FROM "Article" WHERE "id" = ?`, [published.id]))!.status).toBe("DRAFT");
  // Restored as a draft: the site still says gone until it is published again.
  expect((await reader.goto(`/panorama/${slug}`))!.status()).toBe(410);

  // The author cannot delete for good; the admin can, after a question.
  const doomed = await insertArticle(author.id, "DRAFT", `Doppelt angelegt ${stamp}`);
  await page.goto(`/admin/articles/${doomed.id}`);
  await page.getByRole("button", { name: "Move to trash" }).click();
  await confirmDialog(page, "Move this article to the trash?", "Move to trash");
  await expect(page.getByRole("status").first()).toHaveText("Moved to the trash");

  const authorPage = await (await browser.newContext({ storageState: undefined })).newPage();
  await signIn(authorPage, author.email, author.password);
  await authorPage.goto("/admin/articles/trash");
  await expect(authorPage.getByRole("button", { name: `Restore “Doppelt angelegt ${stamp}”` })).toBeVisible();
  await expect(authorPage.getByRole("button", { name: /Delete .* for good/ })).toHaveCount(0);

  await page.goto("/admin/articles/trash");
  await page.getByRole("button", { name: `Delete “Doppelt angelegt ${stamp}” for good` }).click();
  await confirmDialog(page, `Delete “Doppelt angelegt ${stamp}” for good?`, "Delete for good");
  await expect(page.getByRole("status").first()).toHaveText(`“Doppelt angelegt ${stamp}” is deleted for good.`);
  expect(await row(`SELECT "id" FROM "Article" WHERE "id" = ?`, [doomed.id])).toBeUndefined();
  expect(await row(`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = ?`, [doomed.id])).toBeUndefined();
  const audit = await row<{ detail: string }>(`SELECT "detail" FROM "AuditEvent" WHERE "action" = 'article.purge' AND "targetId" = ?`, [doomed.id]);
  expect(audit?.detail).toBe(`Doppelt angelegt ${stamp}`);
});

test("on a phone the newsroom menu collapses and the article list shows every article whole", async ({ page }) => {
  const stamp = Date.now();
  const writer = await createAccount("AUTHOR");
  await insertArticle(writer.id, "DRAFT", `Ein sehr langer Titel über die Sanierung der Rheinbrücken im ganzen Land ${stamp}`);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/admin/articles?q=${stamp}`);
  const nav = page.getByRole("navigation", { name: "Newsroom" });
  await expect(nav.getByRole("link", { name: "Media" })).toBeHidden();
  await nav.getByRole("button", { name: "Menu" }).click();
  await expect(nav.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Media" })).toBeVisible();
  await nav.getByRole("button", { name: "Menu" }).click();
  await expect(nav.getByRole("link", { name: "Media" })).toBeHidden();

  // A list, not a table to scroll sideways; nothing wider than the screen.
  await expect(page.getByRole("table")).toBeHidden();
  const card = page.getByRole("list", { name: "Articles matching the filters" }).getByRole("listitem");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(`Rheinbrücken im ganzen Land ${stamp}`);
  await expect(card).toContainText("Politik");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
