import { randomBytes } from "node:crypto";
import { adminStorageState, insertApiKey } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { exec, row } from "./helpers/db";
import { readerPage } from "./helpers/reader";
import { expect, test } from "./helpers/i18n";
import { startPartner } from "./helpers/partner";

// Published means published: a correction typed into a live story is kept
// aside (autosaved into its working copy) and reaches readers, the Content
// API and partners only when the editor chooses "Update".
test.use({ storageState: adminStorageState });

test("an editor types a correction into a live article: readers, the API and partners see nothing until Update, then all of it at once", async ({ page, browser, playwright, baseURL, t }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  // A partner's receiver and an app's key, as the Integrations page would have made them.
  const secret = `whsec_${randomBytes(24).toString("base64")}`;
  const partner = await startPartner(() => secret);
  const { events } = partner;
  const endpointId = `wh${randomBytes(8).toString("hex")}`;
  await exec(`INSERT INTO "WebhookEndpoint" ("id", "name", "url", "secret", "events", "active", "createdAt", "kind", "token") VALUES (?, ?, ?, ?, ?, true, ?, 'webhook', '')`, [
    endpointId,
    `Partner ${stamp}`,
    `${partner.url}/hook`,
    secret,
    "article.published,article.updated",
    new Date(),
  ]);
  const key = await insertApiKey(`App ${stamp}`);
  const app = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const { reader, page: readerView } = await readerPage(browser);
  try {
    const admin = (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "createdAt" LIMIT 1`))!.id;
    const draft = await insertArticle(admin, "DRAFT", `Korrektur-Meldung ${stamp}`, "wirtschaft");
    await page.goto(`/admin/articles/${draft.id}`);
    await page.getByRole("button", { name: t("articles.panel.publish"), exact: true }).click();
    await expect(page.getByRole("status").first()).toHaveText(t("articles.transitions.done.publish"));
    await expect.poll(() => events.filter((e) => e.data.id === draft.id).map((e) => e.type), { timeout: 15_000 }).toEqual(["article.published"]);
    const slug = (await row<{ slug: string }>(`SELECT "slug" FROM "Article" WHERE "id" = ?`, [draft.id]))!.slug;
    const path = `/wirtschaft/${slug}`;

    // Half a correction, then the editor stops typing: the autosave keeps it aside.
    await page.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Halb getippte Korrektur");
    const keptAside = t("articles.form.savedWorkingCopy", { time: new Date() }).split("– ")[1]!;
    await expect(page.getByRole("status").filter({ hasText: keptAside })).toBeVisible({ timeout: 20_000 });

    // Nobody outside sees it: the reader page, the Content API, the partner.
    await readerView.goto(path);
    await expect(readerView.getByRole("heading", { level: 1 })).toHaveText(`Korrektur-Meldung ${stamp}`);
    expect(await readerView.content()).not.toContain("Halb getippte");
    expect(await (await app.get(`/api/content/v1/articles/${draft.id}`)).text()).not.toContain("Halb getippte");
    await page.waitForTimeout(2_500); // two scheduler ticks: anything in the outbox would have gone out
    expect(events.filter((e) => e.data.id === draft.id).map((e) => e.type)).toEqual(["article.published"]);

    // Opened again later: the working copy is there, plainly marked.
    await page.reload();
    await expect(page.getByLabel(t("articles.form.teaser"), { exact: true })).toHaveValue("Halb getippte Korrektur");
    await expect(page.getByTestId("working-copy")).toContainText(t("articles.banners.workingCopy", { at: new Date(), by: "none" }).split(" ")[0]!);

    // Finished and updated: all of it at once, with one event for the partner.
    await page.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Die korrigierte Fassung.");
    await page.getByRole("button", { name: t("articles.panel.update"), exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: t("articles.form.updatedLive", { time: new Date() }).split("– ")[1]! })).toBeVisible();
    await expect(page.getByTestId("working-copy")).toHaveCount(0);
    await expect.poll(async () => (await readerView.goto(path), await readerView.content()).includes("Die korrigierte Fassung."), { timeout: 5_000 }).toBe(true);
    await expect.poll(async () => (await (await app.get(`/api/content/v1/articles/${draft.id}`)).text()).includes("Die korrigierte Fassung."), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => events.filter((e) => e.data.id === draft.id).map((e) => e.type), { timeout: 15_000 }).toEqual(["article.published", "article.updated"]);
    expect(events.find((e) => e.type === "article.updated" && e.data.id === draft.id)!.data.article?.teaser).toBe("Die korrigierte Fassung.");
  } finally {
    await reader.close();
    await app.dispose();
    partner.close();
    await exec(`DELETE FROM "WebhookEndpoint" WHERE "id" = ?`, [endpointId]);
  }
});
