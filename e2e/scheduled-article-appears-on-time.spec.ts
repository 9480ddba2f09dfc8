import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { expect, test } from "@playwright/test";
import { callAction } from "./helpers/actions";
import { insertArticle } from "./helpers/articles";
import { exec, row } from "./helpers/db";
import { adminStorageState } from "./helpers/accounts";
import { berlinInput } from "./helpers/dates";
import { chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

test("an article scheduled a few seconds ahead appears for a signed-out reader on its own", async ({ page, browser }) => {
  const headline = `Eilmeldung zur vollen Stunde ${Date.now()}`;
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Geplant veröffentlicht.");
  // Whole seconds: the field has no milliseconds, so the article is due at goLive exactly.
  const goLive = new Date(Math.floor((Date.now() + 8_000) / 1000) * 1000);
  await page.getByLabel("Publish at (Berlin time)").fill(berlinInput(goLive));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Scheduled");
  await expect(page.getByText("Goes live")).toBeVisible();

  // The newsroom list says when.
  await page.goto("/admin/articles");
  await expect(page.getByRole("row", { name: new RegExp(headline) })).toContainText("goes live");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
  // Nobody touches the article again: the server's own scheduler publishes it.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 25_000, intervals: [1_000] });
  expect(Date.now()).toBeGreaterThanOrEqual(goLive.getTime());
});

test("three partners whose webhooks never answer hold no scheduled article back", async ({ page, baseURL }) => {
  // Receivers that take the connection and never say a word (each delivery waits out its timeout).
  const sockets: Socket[] = [];
  const silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;
  const endpoints = [1, 2, 3].map((n) => `silent${n}${randomBytes(6).toString("hex")}`);
  try {
    for (const id of endpoints) {
      await exec(`INSERT INTO "WebhookEndpoint" ("id", "name", "url", "secret", "events", "active", "createdAt", "kind", "token") VALUES (?, ?, ?, 'whsec_c3RpbGw=', 'article.published', true, ?, 'webhook', '')`, [id, `Stumm ${id}`, url, new Date()]);
    }
    const admin = (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "createdAt" LIMIT 1`))!.id;
    const version = async (id: string) => (await row<{ version: number }>(`SELECT "version" FROM "Article" WHERE "id" = ?`, [id]))!.version;
    // A publish now: three deliveries go out and hang.
    const first = await insertArticle(admin, "DRAFT", `Vorher ${Date.now()}`, "wirtschaft");
    expect((await callAction(page.request, baseURL!, "publishArticleAction", [{ id: first.id, version: await version(first.id) }])).body).toContain('"ok":true');
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    // While they hang, an article is due in a few seconds (the newsroom schedules at least five ahead).
    const scheduled = await insertArticle(admin, "DRAFT", `Pünktlich ${Date.now()}`, "wirtschaft");
    const due = new Date(Math.ceil((Date.now() + 7_000) / 1000) * 1000);
    expect((await callAction(page.request, baseURL!, "scheduleArticleAction", [{ id: scheduled.id, version: await version(scheduled.id) }, due.toISOString()])).body).toContain('"ok":true');
    await expect.poll(async () => (await row<{ status: string }>(`SELECT "status" FROM "Article" WHERE "id" = ?`, [scheduled.id]))!.status, { timeout: 20_000 }).toBe("PUBLISHED");
    // Published by the scheduler's own clock: the delay is the server's, not this test's polling. A tick is a second
    // (SCHEDULER_INTERVAL_MS); when deliveries ran inside the tick, the partners' ten-second timeouts held it back.
    const published = (await row<{ publishedAt: string | Date }>(`SELECT "publishedAt" FROM "Article" WHERE "id" = ?`, [scheduled.id]))!.publishedAt;
    expect(new Date(published).getTime() - due.getTime()).toBeLessThan(3_000);
  } finally {
    for (const id of endpoints) await exec(`DELETE FROM "WebhookEndpoint" WHERE "id" = ?`, [id]);
    for (const socket of sockets) socket.destroy();
    silent.close();
  }
});
