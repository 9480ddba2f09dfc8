import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { exec } from "./helpers/db";

// The newsroom home is the desk's day: what goes out today, what waits for
// review (and how long), what leads the home page, what went out last. It is
// the page an editor leaves open all day, so it renders itself again without
// a reload.

/** A story scheduled for later today: five minutes from now, or just before midnight in Berlin if that comes first. */
async function scheduledToday(authorId: string, headline: string) {
  const article = await insertArticle(authorId, "SCHEDULED", headline);
  const [h, m, sec] = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(new Date()).split(":").map(Number) as [number, number, number];
  const secondsToMidnight = 86_400 - (h * 3600 + m * 60 + sec);
  await exec(`UPDATE "Article" SET "scheduledAt" = ? WHERE "id" = ?`, [new Date(Date.now() + Math.min(300, secondsToMidnight - 5) * 1000), article.id]);
  return article;
}

test("the desk shows today's scheduled story and a waiting review, and refreshes itself without a reload", async ({ browser }) => {
  const stamp = Date.now();
  const writer = await createAccount("CONTRIBUTOR");
  const author = await createAccount("AUTHOR");
  const scheduled = await scheduledToday(author.id, `Haushaltsdebatte im Landtag ${stamp}`);
  const waiting = await insertArticle(writer.id, "IN_REVIEW", `Neue Radwege für die Innenstadt ${stamp}`);

  const page = await (await browser.newContext({ storageState: adminStorageState, locale: "de-DE" })).newPage();
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Der Tag in der Redaktion", level: 1 })).toBeVisible();
  const today = page.getByRole("region", { name: "Heute geplant" });
  await expect(today.getByRole("listitem").filter({ hasText: scheduled.headline })).toContainText(/um \d{2}:\d{2}/);
  const review = page.getByRole("region", { name: "Wartet auf Freigabe" });
  await expect(review.getByRole("listitem").filter({ hasText: waiting.headline })).toContainText(/wartet seit/);
  await expect(page.getByRole("region", { name: "Auf der Startseite" })).toContainText("Aufmacher");
  await expect(page.getByRole("region", { name: "Zuletzt veröffentlicht" }).getByRole("link").first()).toBeVisible();

  // Each line is a click to act: the waiting article opens in the editor.
  await review.getByRole("link", { name: waiting.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${waiting.id}$`));
  await page.goBack();

  // Left open: a story scheduled meanwhile appears without a reload (the page keeps its own state).
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  const later = await scheduledToday(author.id, `Nachtragshaushalt beschlossen ${stamp}`);
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(today.getByRole("link", { name: later.headline })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  // Taken off the schedule again: the scheduler would publish them minutes later, in the middle of another journey
  // that counts revisions (it did: "every entry point checks the permission table" saw one more).
  await exec(`UPDATE "Article" SET "status" = 'DRAFT', "scheduledAt" = NULL WHERE "id" IN (?, ?)`, [scheduled.id, later.id]);
});

test("on a phone, in English, an author's desk shows their own drafts and no review queue", async ({ browser }) => {
  const author = await createAccount("AUTHOR");
  const draft = await insertArticle(author.id, "DRAFT", `Entwurf für den Abend ${Date.now()}`);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "en-GB", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, author.email, author.password);
  await expect(page.getByRole("heading", { name: "The newsroom's day", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "My drafts" }).getByRole("link", { name: draft.headline })).toBeVisible();
  await expect(page.getByRole("region", { name: "Waiting for review" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
