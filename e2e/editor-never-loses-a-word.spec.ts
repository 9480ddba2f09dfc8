import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { pasteHtml, pastePlainText, confirmDialog, chooseSection } from "./helpers/editor";

test.use({ storageState: adminStorageState });

const fixture = JSON.parse(fs.readFileSync("prisma/seed/seed-article.de.json", "utf8")) as { headline: string; teaser: string; body: { type: string; text: string }[] };

test("pasting the whole article as plain text fills headline, teaser and body with its subheading", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await pastePlainText(page, fs.readFileSync("prisma/seed/seed-article.de.txt", "utf8"));
  await expect(page.getByLabel("Headline")).toHaveValue(fixture.headline);
  await expect(page.getByLabel("Teaser")).toHaveValue(fixture.teaser);
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.locator("h2")).toHaveText(["USA: Ukraine muss auf Gebiete verzichten"]);
  await expect(body.locator("p")).toHaveCount(8);
  await expect(body).toContainText("„Wir wollen, wie Sie, eine souveräne und prosperierende Ukraine.");
  await expect(page.getByLabel("Slug")).toHaveValue("trump-geht-auf-putin-zu");
  // The demo article has that address already: the autosave picks the next free one instead of failing.
  await expect(page.getByRole("status").first()).toHaveText(/^Saved \d{2}:\d{2}$/, { timeout: 10_000 });
  await expect(page.getByLabel("Slug")).toHaveValue(/^trump-geht-auf-putin-zu-\d+$/);
  await expect(page.getByTestId("form-alert")).toHaveCount(0);
});

test("pasted agency copy gives „Berlin (dpa) –“ to the dateline and credit, and readers see it once", async ({ page, browser }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  const headline = `Einigung im Haushaltsstreit ${Date.now()}`;
  await pastePlainText(page, `${headline}\nDie Koalition hat sich nach langer Nacht geeinigt.\nBerlin (dpa) - Nach zwölf Stunden Verhandlungen steht der Haushalt.\nDie Opposition kritisiert die Einigung.`);
  await expect(page.getByLabel("Dateline")).toHaveValue("Berlin");
  await expect(page.getByLabel("Credit (agency)")).toHaveValue("dpa");
  await expect(page.getByRole("status").first()).toContainText(/Pasted and sorted: dateline “Berlin” and credit “dpa”|^Saved/);
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.locator("p").first()).toHaveText("Nach zwölf Stunden Verhandlungen steht der Haushalt.");
  const check = page.getByRole("region", { name: "Before publishing" });
  await expect(check).not.toContainText("still starts with a dateline");

  // Typed back into the text by hand, the check points it out (a warning: the desk may know better).
  await body.locator("p").first().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("BERLIN. – ");
  await expect(check.getByRole("button", { name: "The text still starts with a dateline (“BERLIN. –”): it is already above as dateline and credit and would appear twice." })).toBeVisible();
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Backspace");
  await expect(body.locator("p").first()).toHaveText("Nach zwölf Stunden Verhandlungen steht der Haushalt.");
  await expect(check).not.toContainText("still starts with a dateline");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");
  const slug = await page.getByLabel("Slug").inputValue();
  const reader = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await reader.goto(`/politik/${slug}`);
  await expect(reader.locator("article p").filter({ hasText: "Nach zwölf Stunden" })).toHaveText("Berlin (dpa) – Nach zwölf Stunden Verhandlungen steht der Haushalt.");
  await expect(reader.getByText("Berlin (dpa)")).toHaveCount(1);
});

test("HTML pasted from Word keeps structure and drops styles, scripts and images", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(`Word-Import ${Date.now()}`);
  await pasteHtml(
    page,
    `<p class="MsoNormal" style="color:red"><span style="font-size:14pt">Erster <b>fetter</b> Absatz</span><o:p></o:p></p><h2>Zwischentitel</h2><ul><li>Punkt</li></ul><script>window.__pwned=1</script><img src="x.png" onerror="window.__pwned=2"><p><a href="javascript:alert(1)">böse</a> <a href="https://example.org">gut</a></p>`,
  );
  const body = page.getByRole("textbox", { name: "Body" });
  await expect(body.locator("strong")).toHaveText("fetter");
  await expect(body.locator("h2")).toHaveText("Zwischentitel");
  await expect(body.locator("li")).toHaveText("Punkt");
  await expect(body.locator("img, script, [style], span[style]")).toHaveCount(0);
  await expect(body.locator('a[href="https://example.org"]')).toHaveCount(1);
  await expect(body.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("typing straight quotes, three dots and a spaced hyphen gives German typography", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type(`Er sagte "Ja" - und ging...`);
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveText("Er sagte „Ja“ – und ging…");
  await page.getByLabel("Headline").pressSequentially(`"Ein Zitat"`);
  await expect(page.getByLabel("Headline")).toHaveValue("„Ein Zitat“");
});

test("autosave keeps the text across a reload", async ({ page }) => {
  const headline = `Autosave ${Date.now()}`;
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("textbox", { name: "Body" }).click();
  await page.keyboard.type("Nur getippt, nie gespeichert geklickt.");
  // No button pressed: the autosave says so a few seconds after typing stops.
  await expect(page.getByRole("status").first()).toHaveText(/^Saved \d{2}:\d{2}$/, { timeout: 10_000 });
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(page.getByRole("textbox", { name: "Body" })).toContainText("Nur getippt, nie gespeichert geklickt.");
});

test("text typed into a tab that closes before any save is offered back", async ({ context }) => {
  const first = await context.newPage();
  await first.goto("/admin/articles/new");
  await chooseSection(first);
  await first.getByLabel("Teaser").fill("Ein Vorspann, der fast verloren ging.");
  // The browser copy is written a second after typing; the autosave (3 s) has not run yet.
  await first.waitForTimeout(1_500);
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  await second.goto("/admin/articles/new");
  await chooseSection(second);
  await expect(second.getByText(/Unsaved text from \d{2}:\d{2} was found in this browser/)).toBeVisible();
  await second.getByRole("button", { name: "Restore it" }).click();
  await expect(second.getByLabel("Teaser")).toHaveValue("Ein Vorspann, der fast verloren ging.");
});

test("an old revision can be compared and restored; nothing is deleted", async ({ page }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel("Headline").fill(`Erste Fassung ${Date.now()}`);
  await page.getByLabel("Teaser").fill("Der erste Vorspann.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toContainText("Saved");
  await page.getByLabel("Teaser").fill("Der zweite Vorspann.");
  const tag = `Versionstest ${Date.now()}`;
  await page.getByLabel("Add a tag").fill(tag);
  await page.getByRole("button", { name: `Create tag “${tag}”` }).click();
  await expect(page.getByRole("list", { name: "Chosen tags" })).toContainText(tag);
  // The status line still says "Saved …" from the first save: wait for the second save's answer itself
  // (not the editing lock's heartbeat, also a server action: on a slower database the page below raced the save).
  const secondSave = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined && (r.request().postData() ?? "").includes("Der zweite Vorspann"));
  await page.getByRole("button", { name: "Save draft" }).click();
  await secondSave;
  await expect(page.getByRole("status").first()).toContainText("Saved");

  await page.getByRole("link", { name: "Revisions" }).click();
  const revisions = page.getByRole("table", { name: "Revisions, newest first" });
  await expect(revisions.getByRole("row")).toHaveCount(3); // header, v2, v1
  const differences = page.getByRole("region", { name: "Differences" });
  await expect(differences.locator("del")).toContainText("erste");
  await expect(differences.locator("ins")).toContainText("zweite");
  // Only what changed: the headline, kept, is not struck through.
  await expect(differences.locator("del")).not.toContainText("Fassung");
  // Besides the text: the tags.
  const other = page.getByRole("table", { name: "Other changes" });
  await expect(other.getByRole("row", { name: /^Tags/ })).toContainText(tag);

  await page.getByRole("button", { name: "Restore v1" }).click();
  await confirmDialog(page, /^Restore v1\?/, "Restore v1");
  await expect(page.getByLabel("Teaser")).toHaveValue("Der erste Vorspann.");
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(revisions.getByRole("row")).toHaveCount(4); // v3 (restored) on top of v2 and v1
  await expect(revisions.getByRole("row").nth(1)).toContainText("restored");
});
