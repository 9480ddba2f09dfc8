import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";

test.use({ storageState: adminStorageState });

test("a first article has no section until the editor picks one, and the check lists what is missing with a way to each field", async ({ browser }) => {
  // Someone new: nothing written yet, so no section to start from.
  const editor = await createAccount("EDITOR");
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, editor.email, editor.password);
  await page.goto("/admin/articles/new");
  // Asked where writing starts, above the headline.
  const top = await page.getByRole("combobox", { name: "Section" }).boundingBox();
  expect(top!.y).toBeLessThan((await page.getByLabel("Headline", { exact: true }).boundingBox())!.y);
  const section = page.getByRole("combobox", { name: "Section" });
  await expect(section).toHaveValue("");
  await expect(section.locator("option:checked")).toHaveText("Choose a section…");

  const check = page.getByRole("region", { name: "Before publishing" });
  await expect(check).toContainText("3 problems to fix");
  await check.getByRole("button", { name: "Choose a section." }).click();
  await expect(section).toBeFocused();
  await check.getByRole("button", { name: "Write a teaser." }).click();
  await expect(page.getByLabel("Teaser", { exact: true })).toBeFocused();

  // Typed without a section: kept in the browser, not saved, and the field says why.
  const headline = `Brückensanierung beginnt in allen Landesteilen gleichzeitig und dauert bis weit in das Jahr 2031 hinein ${Date.now()}`;
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await expect(page.getByText("Choose a section to save this draft")).toBeVisible();
  await page.waitForTimeout(2500); // longer than the autosave pause
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);

  await section.selectOption({ label: "Panorama" });
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)[\w-]+$/, { timeout: 10_000 });
  await page.getByLabel("Teaser", { exact: true }).fill(headline);
  // Errors gone, warnings stay and do not block.
  await expect(check).toContainText("No problems, 5 things to check");
  await expect(check.getByRole("button", { name: /^The headline has \d+ characters; teasers on the fronts show about 90\.$/ })).toBeVisible();
  await expect(check.getByRole("button", { name: "The teaser repeats the headline: say what the headline does not." })).toBeVisible();
  await check.getByRole("button", { name: /^No tags/ }).click();
  await expect(page.getByLabel("Add a tag")).toBeFocused();
  await page.getByLabel("Teaser", { exact: true }).fill("Die Arbeiten an den Brücken beginnen im Frühjahr.");
  await expect(check).toContainText("No problems, 4 things to check");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");

  // The next article starts in the section they wrote for last, and is saved from the first words.
  await page.goto("/admin/articles/new");
  await expect(page.getByRole("combobox", { name: "Section" }).locator("option:checked")).toHaveText("Panorama");
  await page.getByLabel("Headline", { exact: true }).fill(`Zweiter Text ${Date.now()}`);
  await expect(page).toHaveURL(/\/admin\/articles\/(?!new)[\w-]+$/, { timeout: 10_000 });
  await expect(page.getByRole("status").first()).toHaveText(/^Saved /);
  // Typing again: "Unsaved changes" alone, not beside "Saved".
  await page.getByLabel("Teaser", { exact: true }).fill("Noch nicht gespeichert.");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await expect(page.getByRole("status").first()).not.toContainText("Saved");
});

test("a link goes to the site's own article, found by its headline, and a bad address is refused in place", async ({ page }) => {
  const stamp = Date.now();
  const writer = await createAccount("AUTHOR");
  const target = await insertArticle(writer.id, "PUBLISHED", `Landtag beschließt Brückenprogramm ${stamp}`, "panorama");
  await page.goto("/admin/articles/new");
  await page.getByRole("combobox", { name: "Section" }).selectOption({ label: "Politik" });
  await page.getByLabel("Headline", { exact: true }).fill(`Verlinkt ${stamp}`);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Mehr dazu: ");

  await page.getByRole("button", { name: "Link", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Insert link" });
  await dialog.getByLabel("Link address").fill("not a web address");
  await dialog.getByRole("button", { name: "Set link" }).click();
  await expect(dialog.getByText("This is not a web address")).toBeVisible();

  await dialog.getByLabel("Find an article on the site").fill(`brückenprogramm ${stamp}`);
  await dialog.getByRole("button", { name: new RegExp(`Landtag beschließt Brückenprogramm ${stamp}`) }).click();
  await expect(dialog.getByLabel("Link address")).toHaveValue(new RegExp(`/panorama/.+$`));
  await dialog.getByRole("button", { name: "Set link" }).click();
  await expect(dialog).toHaveCount(0);
  // Nothing was selected: the headline became the link's text.
  const link = body.getByRole("link", { name: target.headline });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", new RegExp(`/panorama/`));

  // Editing it again offers removal.
  await link.click();
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByRole("dialog", { name: "Edit link" }).getByRole("button", { name: "Remove link" }).click();
  await expect(body.getByRole("link")).toHaveCount(0);
  await expect(body).toContainText(target.headline);
});
