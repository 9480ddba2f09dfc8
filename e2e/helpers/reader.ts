import { expect, type Page } from "@playwright/test";

/**
 * The newsroom promise: a reader sees a publish, correction or removal within
 * one second. Reader caches are expired right after the editor's action
 * answers, so the reader loads the page again until it shows the change or the
 * second is up.
 */
export async function readerSeesWithin(page: Page, path: string, check: () => Promise<void>, ms = 1_000) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: ms, intervals: [50, 100, 100, 200] });
}
