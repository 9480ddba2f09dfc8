import { expect, test } from "@playwright/test";
import { germanTypography } from "../src/modules/articles/typography";
import { adminStorageState } from "./helpers/accounts";
import { readerSeesWithin } from "./helpers/reader";
import { chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("markup typed into headline, teaser and body appears as text and runs nothing", async ({ page, browser }) => {
  const stamp = Date.now();
  const headline = `<script>window.__pwned = "headline"</script> Schlagzeile ${stamp}`;
  const teaser = `<img src=x onerror="window.__pwned='teaser'"> Vorspann`;
  const bodyText = `<a href="javascript:window.__pwned='body'">klick</a> <svg onload="window.__pwned='svg'">`;

  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill(teaser);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type(bodyText);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText("Published");
  const slug = await page.getByLabel("Slug").inputValue();
  expect(slug).toMatch(/^script-window-pwned-headline-script-schlagzeile-\d+$/);

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const dialogs: string[] = [];
  readerPage.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const path of ["/", `/politik/${slug}`]) {
    await readerSeesWithin(readerPage, path, () => expect(readerPage.getByText(`Schlagzeile ${stamp}`).first()).toBeVisible({ timeout: 100 }));
    expect(await readerPage.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  }
  // On the article page the markup is visible as the characters typed.
  // Straight quotes became German ones as they were typed; the markup is otherwise verbatim.
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(germanTypography(headline));
  await expect(readerPage.getByText(germanTypography(teaser))).toBeVisible();
  await expect(readerPage.getByText(germanTypography(bodyText))).toBeVisible();
  // The article itself, not the teasers of "Mehr zum Thema" (also <article>s, and other articles' pictures are fine).
  const article = readerPage.locator("article").filter({ has: readerPage.getByRole("heading", { level: 1 }) });
  await expect(article.locator("script, img, svg, iframe")).toHaveCount(0);
  await expect(article.locator('a[href^="javascript:"]')).toHaveCount(0);
  // No element carries an event handler attribute (the text may contain "onerror=", as typed).
  const handlers = await readerPage.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
  );
  expect(handlers).toEqual([]);
  expect(dialogs).toEqual([]);
  await reader.close();
});
