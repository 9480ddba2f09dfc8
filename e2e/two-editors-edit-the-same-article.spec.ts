import { chooseSection } from "./helpers/editor";
import { expect, test } from "@playwright/test";
import { adminStorageState, count, createAccount, signIn } from "./helpers/accounts";

test.use({ storageState: adminStorageState });

test("when two tabs edit the same article, the second save gets a conflict and keeps its text", async ({ page, context }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  const headline = `Zwei Tabs ${Date.now()}`;
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Ausgangsfassung.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const editUrl = page.url();

  const tabA = page;
  const tabB = await context.newPage();
  await tabB.goto(editUrl);
  await expect(tabB.getByLabel("Headline")).toHaveValue(headline);

  await tabA.getByLabel("Teaser").fill("Fassung aus Tab A.");
  await tabA.getByRole("button", { name: "Save draft" }).click();
  await expect(tabA.getByRole("status")).toContainText("Saved");
  // B still shows the version it loaded before A's save.
  await expect(tabB.getByLabel("Teaser")).toHaveValue("Ausgangsfassung.");

  // The lock belongs to the person: their second tab is editable at once; the first learns it on its next check.
  await expect(tabB.getByLabel("Teaser")).not.toHaveAttribute("readonly", "");
  await expect(tabB.getByText("You are editing this article in another window")).toHaveCount(0);
  // B takes the lock in the background once its editor is open; A learns it the next time it checks (here: on focus).
  await expect(async () => {
    await tabA.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect(tabA.getByText("You are editing this article in another window")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(tabA.getByLabel("Teaser")).toHaveAttribute("readonly", "");

  await tabB.getByLabel("Teaser").fill("Fassung aus Tab B, die nicht verloren gehen darf.");
  await tabB.getByRole("textbox", { name: "Body" }).click();
  await tabB.keyboard.type("Text, den B getippt hat.");
  await tabB.getByRole("button", { name: "Save draft" }).click();

  const alert = tabB.getByTestId("form-alert");
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute("role", "alert");
  await expect(alert).toContainText("Someone else saved this article");
  // B's words are still in the form.
  await expect(tabB.getByLabel("Teaser")).toHaveValue("Fassung aus Tab B, die nicht verloren gehen darf.");
  await expect(tabB.getByRole("textbox", { name: "Body" })).toContainText("Text, den B getippt hat.");

  // A's version is what is stored.
  await tabA.reload();
  await expect(tabA.getByLabel("Teaser")).toHaveValue("Fassung aus Tab A.");
});

test("closing the editor’s tab lets go of the article at once: a colleague finds it free", async ({ page, browser }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(`Freigegeben beim Schließen ${Date.now()}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const editUrl = page.url();
  const id = editUrl.split("/").pop()!;
  await expect.poll(() => count("ArticleLock", `"articleId" = ?`, [id])).toBe(1);

  const colleague = await createAccount("EDITOR");
  const other = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(other, colleague.email, colleague.password);
  await other.goto(editUrl);
  await expect(other.getByText(/Ada Admin is editing since/)).toBeVisible();

  await page.close({ runBeforeUnload: true });
  await expect.poll(() => count("ArticleLock", `"articleId" = ?`, [id])).toBe(0);
  await other.reload();
  await expect(other.getByLabel("Teaser")).not.toHaveAttribute("readonly", "");
  await expect(other.getByText(/is editing since/)).toHaveCount(0);
});
