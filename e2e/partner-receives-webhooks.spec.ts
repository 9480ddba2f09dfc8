import { expect, test } from "@playwright/test";
import { ADMIN, adminStorageState } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { row } from "./helpers/db";
import { startPartner } from "./helpers/partner";

// A partner's receiver on this machine, checking every delivery with the
// published Standard Webhooks library (a wrong signature is refused with 401
// and never counted).
test.use({ storageState: adminStorageState });

test("an admin registers a webhook; the partner's receiver verifies the signature and gets publish and correction in order", async ({ page }) => {
  let secret = "";
  const partner = await startPartner(() => secret);
  const { events } = partner;
  const url = `${partner.url}/redaktion`;
  try {
    const stamp = Date.now();
    await page.goto("/admin/integrations");
    await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();
    const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "New webhook" }) });
    await form.getByLabel("Name").fill(`Partner ${stamp}`);
    await form.getByRole("textbox", { name: "Address" }).fill(url);
    await form.getByRole("button", { name: "Add webhook" }).click();
    secret = await page.getByRole("textbox", { name: `Signing secret for Partner ${stamp}` }).inputValue();
    expect(secret).toMatch(/^whsec_/);

    // Publish, then correct the teaser: two events for the same article, in that order.
    const draft = await insertArticle(await adminId(), "DRAFT", `Webhook-Meldung ${stamp}`, "panorama");
    await page.goto(`/admin/articles/${draft.id}`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").first()).toHaveText("Published");
    await page.getByLabel("Teaser", { exact: true }).fill("Korrigierter Vorspann für die Partner.");
    await page.getByRole("button", { name: "Update", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "the changes are published" })).toBeVisible();

    await expect.poll(() => events.filter((e) => e.data.id === draft.id).map((e) => e.type), { timeout: 15_000 }).toEqual(["article.published", "article.updated"]);
    const [published, updated] = events.filter((e) => e.data.id === draft.id);
    expect(published!.data.article?.headline).toBe(`Webhook-Meldung ${stamp}`);
    expect(updated!.data.article?.teaser).toBe("Korrigierter Vorspann für die Partner.");
    expect(updated!.data.url).toMatch(/\/panorama\//);

    // The newsroom shows each delivery: delivered, with the receiver's answer.
    await page.goto("/admin/integrations");
    const deliveries = page.getByRole("table", { name: `Recent deliveries to Partner ${stamp}` });
    await expect(deliveries.getByRole("row").filter({ hasText: "article.updated" })).toContainText("delivered (1 try)");
    await expect(deliveries.getByRole("row").filter({ hasText: "article.published" })).toContainText(/204 in \d+ ms/);

    // Removed with a question: nothing more goes to it.
    await page.getByRole("button", { name: `Remove webhook Partner ${stamp}` }).click();
    await page.getByRole("dialog", { name: `Remove the webhook “Partner ${stamp}”?` }).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("status").first()).toHaveText(`Webhook “Partner ${stamp}” removed.`);
  } finally {
    partner.close();
  }
});

async function adminId(): Promise<string> {
  return (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [ADMIN.email]))!.id;
}
