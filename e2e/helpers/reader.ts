import { expect, type Browser, type Page } from "@playwright/test";

/**
 * The newsroom promise: a reader sees a publish, correction or removal at once,
 * not when a cache runs out (60 s and more). Reader caches are expired right
 * after the editor's action answers, so the reader loads the page again until
 * it shows the change. How fast (well under a second) is measured by
 * `npm run bench` (publish-to-visible), not timed here: a busy test machine
 * may take longer for a page load, and five seconds still prove the purge.
 */
export async function readerSeesWithin(page: Page, path: string, check: () => Promise<void>, ms = 5_000) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: ms, intervals: [50, 100, 100, 200] });
}

/** A signed-out reader's own browser context. */
export async function readerPage(browser: Browser) {
  const reader = await browser.newContext();
  return { reader, page: await reader.newPage() };
}
