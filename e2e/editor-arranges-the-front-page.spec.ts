import { expect, test, type Page } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { exec } from "./helpers/db";
import { expectNoAxeViolations } from "./helpers/axe";
import { readerSeesWithin } from "./helpers/reader";
import { berlinInput } from "./helpers/dates";

// The front page belongs to the desk: an editor pins a story as the lead,
// readers see it within a second while newer stories arrive below it; the
// order can be changed with the keyboard alone; a layout scheduled a few
// seconds ahead goes live on its own; two editors on one front never
// overwrite each other silently.

test.use({ storageState: adminStorageState });

/** Contexts made in a test take the file's storage state unless told otherwise. */
const signedOut = { storageState: { cookies: [], origins: [] } };
const lead = (page: Page) => page.getByRole("region", { name: "Aufmacher" });
const topStories = (page: Page) => page.getByRole("region", { name: "Top-Themen" });

async function publishArticle(page: Page, headline: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Eine neuere Meldung.");
  await page.getByLabel("Section").selectOption({ label: "Politik" });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");
}

test("an editor pins a story as the lead; readers see it within a second while newer stories arrive below", async ({ page, browser }) => {
  const admin = await createAccount("ADMIN");
  const budget = await insertArticle(admin.id, "PUBLISHED", `Haushalt steht ${Date.now()}`);
  const other = await insertArticle(admin.id, "PUBLISHED", `Bahnstreik ${Date.now()}`);
  const reader = await (await browser.newContext(signedOut)).newPage();

  await page.goto("/admin");
  await page.getByRole("link", { name: "Fronts" }).click();
  await page.getByRole("link", { name: "Startseite" }).click();
  await expect(page.getByRole("heading", { name: "Front: Startseite" })).toBeVisible();
  await expectNoAxeViolations(page, "front desk");

  // Dragging a story from the list onto a slot places it there.
  await page.getByLabel("Find a story").fill(other.headline);
  await page.getByRole("list", { name: "Stories to place" }).getByRole("listitem").filter({ hasText: other.headline }).dragTo(page.getByRole("listitem", { name: "Top story 2" }), { targetPosition: { x: 30, y: 12 } });
  await expect(page.getByLabel("Story in Top story 2")).toHaveValue(other.id);
  // Choosing it in the slot's list does the same.
  await page.getByLabel("Story in Lead").selectOption({ label: budget.headline });
  await page.getByText("Pin and front-page teaser").first().click();
  await page.getByLabel("Lead: front-page headline").fill("Der Haushalt 2027 steht");
  await page.getByLabel("Lead: pinned until (Berlin time)").fill(berlinInput(new Date(Date.now() + 3 * 3600_000)));
  await page.getByRole("button", { name: "Publish front" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toHaveText("Published: readers see this layout now.");
  // Each slot says which story stands there now, chosen or automatic, and the preview beside the slots shows the front as readers will.
  const now = (label: string) => page.getByRole("listitem", { name: label }).getByTestId("slot-now");
  await expect(now("Top story 2")).toContainText(other.headline);
  await expect(now("Top story 2")).toContainText("chosen · Politik");
  await expect(now("Lead")).toContainText("Der Haushalt 2027 steht");
  await expect(now("Top story 1")).toContainText(/automatic · \w+ · \d{2} \w{3} \d{4}, \d{2}:\d{2}/);
  await expect(page.getByRole("region", { name: "What readers will see" })).toContainText("Der Haushalt 2027 steht");

  await readerSeesWithin(reader, "/", () => expect(lead(reader)).toContainText("Der Haushalt 2027 steht", { timeout: 300 }));
  await expectNoAxeViolations(reader, "curated home page");

  // A newer story arrives: it goes below the pinned lead, and nothing appears twice.
  const newer = `Neue Meldung ${Date.now()}`;
  await publishArticle(page, newer);
  await readerSeesWithin(reader, "/", () => expect(topStories(reader).getByRole("link", { name: newer })).toBeVisible({ timeout: 300 }));
  await expect(lead(reader)).toContainText("Der Haushalt 2027 steht");
  await expect(reader.getByRole("link", { name: "Der Haushalt 2027 steht" })).toHaveCount(1);
  await expect(reader.getByRole("link", { name: budget.headline })).toHaveCount(0);
  await expect(topStories(reader).getByRole("listitem").nth(1)).toContainText(other.headline);
  // The article page keeps its own headline.
  await reader.getByRole("link", { name: "Der Haushalt 2027 steht" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(budget.headline);
});

test("the desk reorders with the keyboard alone, previews the draft, and schedules it to go live on time", async ({ page, browser }) => {
  await page.goto("/admin/fronts/home");
  const leadBefore = await page.getByLabel("Story in Lead").inputValue();
  expect(leadBefore).not.toBe("");
  // Keyboard only: focus the lead's "move down" button and press keys.
  await page.getByLabel("Story in Lead").focus();
  await page.getByRole("button", { name: "Move Lead down" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("front-announcement")).toContainText("is now Top story 1");
  await expect(page.getByLabel("Story in Top story 1")).toHaveValue(leadBefore);
  await page.keyboard.press("Enter"); // focus stays with the story: one more step down
  await expect(page.getByLabel("Story in Top story 2")).toHaveValue(leadBefore);
  await expect(page.getByLabel("Story in Lead")).not.toHaveValue(leadBefore);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  // The preview shows the draft as readers will see it; readers still see the published one.
  const preview = await page.context().newPage();
  await preview.goto("/vorschau/front/home");
  await expect(topStories(preview).getByRole("listitem").nth(1)).toContainText("Der Haushalt 2027 steht");
  await expectNoAxeViolations(preview, "front preview");
  const reader = await (await browser.newContext(signedOut)).newPage();
  await reader.goto("/");
  await expect(lead(reader)).toContainText("Der Haushalt 2027 steht");

  const goLive = new Date(Math.floor((Date.now() + 6_000) / 1000) * 1000);
  await page.getByLabel("Go live at (Berlin time)").fill(berlinInput(goLive));
  await page.getByRole("button", { name: "Schedule layout" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled" })).toBeVisible();
  await expect(page.getByTestId("front-scheduled")).toBeVisible();
  await expect(async () => {
    await reader.goto("/");
    await expect(topStories(reader).getByRole("listitem").nth(1)).toContainText("Der Haushalt 2027 steht", { timeout: 300 });
  }).toPass({ timeout: 25_000, intervals: [500] });
  expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
  await page.reload();
  await expect(page.getByText("went live on schedule").first()).toBeVisible();
});

test("the desk orders the home page's section blocks and hides one, readers see it within a second", async ({ page, browser }) => {
  // Older stories in Wirtschaft and Kultur, alternating, so each section has some the top of the page does not take.
  const admin = await createAccount("ADMIN");
  for (let i = 0; i < 16; i++) {
    const section = i % 2 === 0 ? "wirtschaft" : "kultur";
    const fixture = await insertArticle(admin.id, "PUBLISHED", `Archiv ${section} ${i} ${Date.now()}`);
    await exec(`UPDATE "Article" SET "sectionId" = (SELECT "id" FROM "Section" WHERE "slug" = ?), "publishedAt" = ? WHERE "id" = ?`, [section, new Date(Date.parse("2020-01-01T12:00:00Z") - i * 3600_000), fixture.id]);
  }
  const reader = await (await browser.newContext(signedOut)).newPage();
  // The section blocks are the regions named by a heading that links to the section.
  const blockNames = () => reader.locator('section[aria-labelledby^="ressort-"] h2').allTextContents();

  await page.goto("/admin/fronts/home");
  const blocks = page.getByRole("list", { name: "Section blocks" });
  await expect(blocks.getByRole("listitem").first()).toContainText("Politik");
  // Kultur to the top with the keyboard: focus stays on the button as the block moves.
  await page.getByRole("button", { name: "Move Kultur up" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("front-announcement")).toContainText("Kultur is now block 1 of");
  await expect(blocks.getByRole("listitem").first()).toContainText("Kultur");
  await page.getByRole("checkbox", { name: "Show Wirtschaft on the home page" }).uncheck();
  await expectNoAxeViolations(page, "front desk with section blocks");
  await page.getByRole("button", { name: "Publish front" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toHaveText("Published: readers see this layout now.");

  await readerSeesWithin(reader, "/", async () => {
    const names = await blockNames();
    expect(names).not.toContain("Wirtschaft");
    expect(names[0]).toBe("Kultur");
  });
  // Shown again, it returns in its place.
  await page.getByRole("checkbox", { name: "Show Wirtschaft on the home page" }).check();
  await page.getByRole("button", { name: "Publish front" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toHaveText("Published: readers see this layout now.");
  await readerSeesWithin(reader, "/", async () => {
    const names = await blockNames();
    expect(names.indexOf("Wirtschaft")).toBeGreaterThan(names.indexOf("Kultur"));
    expect(names[0]).toBe("Kultur");
  });
});

test("two editors on one front: the second save is refused with a clear conflict and keeps the arrangement on screen", async ({ page, browser }) => {
  const editor = await createAccount("EDITOR");
  const other = await (await browser.newContext(signedOut)).newPage();
  await signIn(other, editor.email, editor.password);
  await page.goto("/admin/fronts/politik");
  await other.goto("/admin/fronts/politik");
  const choices = page.getByLabel("Story in Lead").locator("option");
  const first = await choices.nth(1).getAttribute("value");
  const second = await choices.nth(2).getAttribute("value");

  await page.getByLabel("Story in Lead").selectOption(first!);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await other.getByLabel("Story in Lead").selectOption(second!);
  await other.getByRole("button", { name: "Publish front" }).click();
  await expect(other.getByTestId("form-alert")).toContainText("changed the Politik front since you opened it");
  await expect(other.getByLabel("Story in Lead")).toHaveValue(second!);
  await other.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
});
