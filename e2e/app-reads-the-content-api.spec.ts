import { expect, test } from "@playwright/test";
import { ADMIN, adminStorageState } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { row } from "./helpers/db";
import { confirmDialog } from "./helpers/editor";

// The newsroom's app reads published content with a key an admin made on the
// Integrations page: what it reads changes the moment the newsroom publishes
// (the server keeps answers in memory until then), and a revoked key stops
// working at once.
test.use({ storageState: adminStorageState });

type List = { data: { id: string; headline: string }[] };

test("an admin makes a key; the app reads published articles, sees a publish at once, and is refused after the key is revoked", async ({ page, playwright, baseURL }) => {
  const stamp = Date.now();
  await page.goto("/admin/integrations");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "New key" }) });
  await form.getByLabel("Name", { exact: true }).fill(`App ${stamp}`);
  await form.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByRole("textbox", { name: `The key for App ${stamp}` }).inputValue();
  expect(key).toMatch(/^rk_/);

  const app = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    expect((await anonymous.get("/api/content/v1/articles")).status()).toBe(401);

    const demo = await app.get("/api/content/v1/articles/by-path/politik/trump-geht-auf-putin-zu");
    expect(demo.status()).toBe(200);
    const article = (await demo.json()) as { data: { headline: string; url: string } };
    expect(article.data.url).toMatch(/\/politik\/trump-geht-auf-putin-zu$/);
    // Asked again with its ETag: nothing to send.
    const again = await app.get("/api/content/v1/articles/by-path/politik/trump-geht-auf-putin-zu", { headers: { "If-None-Match": demo.headers()["etag"]! } });
    expect(again.status()).toBe(304);

    // A draft is not there; published in the newsroom, it is, on the next request.
    const draft = await insertArticle(await adminId(), "DRAFT", `API-Meldung ${stamp}`, "panorama");
    const before = (await (await app.get("/api/content/v1/articles?section=panorama&fields=id,headline")).json()) as List;
    expect(before.data.map((a) => a.id)).not.toContain(draft.id);
    await page.goto(`/admin/articles/${draft.id}`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").first()).toHaveText("Published");
    await expect
      .poll(async () => ((await (await app.get("/api/content/v1/articles?section=panorama&fields=id,headline")).json()) as List).data.map((a) => a.headline), { timeout: 5_000 })
      .toContain(`API-Meldung ${stamp}`);

    // The key's last use is shown; revoked with a question, it is refused from then on.
    await page.goto("/admin/integrations");
    const keyRow = page.getByRole("row").filter({ hasText: `App ${stamp}` });
    await expect(keyRow).not.toContainText("never");
    await page.getByRole("button", { name: `Revoke key App ${stamp}` }).click();
    await confirmDialog(page, `Revoke the key “App ${stamp}”?`, "Revoke");
    await expect(keyRow).toContainText("revoked");
    await expect.poll(async () => (await app.get("/api/content/v1/sections")).status(), { timeout: 5_000 }).toBe(401);
  } finally {
    await app.dispose();
    await anonymous.dispose();
  }
});

async function adminId(): Promise<string> {
  return (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [ADMIN.email]))!.id;
}
