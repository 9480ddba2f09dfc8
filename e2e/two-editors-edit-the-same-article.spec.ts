import { confirmDialog, chooseSection } from "./helpers/editor";
import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";

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

  // Tab A holds the editing lock: B reads until it takes over (A keeps its text locally).
  await expect(tabB.getByText("You are editing this article in another window")).toBeVisible();
  await expect(tabB.getByLabel("Teaser")).toHaveAttribute("readonly", "");
  await tabB.getByRole("button", { name: "Take over" }).click();
  await confirmDialog(tabB, /^Take over from /, "Take over");
  await expect(tabB.getByText("You are editing this article in another window")).toHaveCount(0);

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
