import { expectNoAxeViolations } from "./helpers/axe";
import { expect, test } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { row } from "./helpers/db";
import { chooseSection } from "./helpers/editor";

const DEMO = "/politik/trump-geht-auf-putin-zu";

test("a reader searches for „Kreml“ and finds the demo article with the hit highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Suche" }).click();
  await page.getByLabel("Suchbegriff").fill("Kreml");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("status")).toContainText("für „Kreml“");
  await expect(page.locator("mark").first()).toHaveText("Kreml");
  // Prefix and case: "ukrain" finds "Ukraine".
  await page.goto("/suche?q=UKRAIN");
  await expect(page.locator("mark").first()).toHaveText(/^Ukraine/);
  await page.getByRole("link", { name: "Trump geht auf Putin zu!" }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO}$`));
});

test("a reader without ß and umlauts on the keyboard finds „Äußerungen“ as „Aeusserungen“", async ({ page }) => {
  // The hit is marked in the article's own spelling (PostgreSQL's stemmer may mark „Außerdem“ beside it: same stem).
  const marked = () => page.locator("mark").filter({ hasText: /^(Äußerungen|Außerdem)$/ }).first();
  await page.goto("/suche?q=Aeusserungen");
  await expect(page.getByRole("link", { name: "Trump geht auf Putin zu!" })).toBeVisible();
  await expect(marked()).toBeVisible();
  // And the other way round: the article's own spelling finds it too.
  await page.goto("/suche?q=%C3%84u%C3%9Ferungen");
  await expect(page.getByRole("link", { name: "Trump geht auf Putin zu!" })).toBeVisible();
  await expect(marked()).toBeVisible();
});

test("a reader follows the section link and the author link", async ({ page }) => {
  await page.goto(DEMO);
  await page.getByRole("link", { name: "Politik", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Politik" })).toBeVisible();
  // The section's newest first: the demo article is on this page or, after other journeys' stories, a later one.
  const teasers = page.getByRole("main").locator('a[href^="/politik/"]');
  await expect(teasers.first()).toBeVisible();
  for (let pageNo = 1; pageNo <= 10 && (await page.getByRole("link", { name: "Trump geht auf Putin zu!" }).count()) === 0; pageNo++) {
    await page.getByRole("link", { name: "Ältere Artikel →" }).click();
  }
  await expect(page.getByRole("link", { name: "Trump geht auf Putin zu!" })).toBeVisible();
  await page.goto(DEMO);
  await page.getByRole("article").getByRole("link", { name: "Redaktion" }).click();
  await expect(page).toHaveURL(/\/autor\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Redaktion" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Trump geht auf Putin zu!" })).toBeVisible();
});

test("the article page tells search engines and social networks what it is", async ({ page, request }) => {
  await page.goto(DEMO);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${DEMO}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Trump geht auf Putin zu!");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const png = await request.get(image!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: "Trump geht auf Putin zu!", articleSection: "Politik", author: [{ name: "Redaktion" }] });
  for (const path of ["/rss", "/rss/politik", "/sitemap.xml", "/sitemaps/news.xml", "/robots.txt"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  expect(await (await request.get("/rss")).text()).toContain("<title>Trump geht auf Putin zu!</title>");
});

test("share links are plain links to the networks, the page loads nothing from elsewhere, and the link can be copied", async ({ page, context, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  await page.goto(DEMO);
  const share = page.getByRole("region", { name: "Artikel teilen" });
  const url = encodeURIComponent(`${baseURL}${DEMO}`);
  await expect(share.getByRole("link", { name: "Per E-Mail" })).toHaveAttribute("href", new RegExp(`^mailto:\\?subject=Trump%20geht%20auf%20Putin%20zu!&body=.*${url}`));
  await expect(share.getByRole("link", { name: "Per WhatsApp" })).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.*${url}`));
  await expect(share.getByRole("link", { name: "Auf X" })).toHaveAttribute("href", `https://x.com/intent/post?text=Trump%20geht%20auf%20Putin%20zu!&url=${url}`);
  await expect(share.getByRole("link", { name: "Auf Facebook" })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${url}`);
  await expect(share.getByRole("link", { name: "Auf X" })).toHaveAttribute("rel", "noopener noreferrer");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.getByRole("button", { name: "Link kopieren" }).click();
  await expect(share.getByRole("status")).toHaveText("Link kopiert");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${DEMO}`);
  expect(foreign).toEqual([]);
  // The footer says what the feed is.
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Alle Nachrichten als RSS-Feed" })).toHaveAttribute("href", "/rss");
});

test.describe("an editor changes a published article", () => {
  test.use({ storageState: adminStorageState });

  test("the old address answers 308 to the new one, and a correction note is shown with dateModified", async ({ page, browser, request }) => {
    const stamp = Date.now();
    await page.goto("/admin/articles/new");
    await chooseSection(page);
    await page.getByLabel("Headline").fill(`Umzug ${stamp}`);
    await page.getByLabel("Teaser").fill("Ein Artikel zieht um.");
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Published");
    const oldPath = `/politik/umzug-${stamp}`;
    await page.getByLabel("Slug").fill(`neue-adresse-${stamp}`);
    await page.getByLabel("Update note").fill("Die Adresse wurde korrigiert.");
    await page.getByRole("button", { name: "Update", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "the changes are published" })).toBeVisible();

    const moved = await request.get(oldPath, { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(moved.headers()["location"]).toMatch(new RegExp(`/politik/neue-adresse-${stamp}$`));
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(oldPath);
    await expect(reader).toHaveURL(new RegExp(`/politik/neue-adresse-${stamp}$`));
    await expect(reader.getByText(/^Aktualisiert am \d{1,2}\. \p{L}+ \d{4} um \d{2}:\d{2} Uhr:/u)).toBeVisible();
    await expect(reader.getByText("Die Adresse wurde korrigiert.")).toBeVisible();
    const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.dateModified > jsonLd.datePublished).toBe(true);
  });
});


for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing on home, article, section, search and sign-in (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/", DEMO, "/politik", "/suche?q=Ukraine", "/login"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  });
}

test("keyboard: the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto(DEMO);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhalt$/);
});

test("a headline with emoji, Arabic and Chinese gets its share image from the fonts on the server", async ({ request }) => {
  const admin = (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' LIMIT 1`))!;
  const inserted = await insertArticle(admin.id, "PUBLISHED", "Gipfel 🤝 in Kairo: قمة السلام – 和平峰会");
  const { slug } = (await row<{ slug: string }>(`SELECT "slug" FROM "Article" WHERE "id" = ?`, [inserted.id]))!;
  const png = await request.get(`/og/politik/${slug}`);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const body = await png.body();
  // PNG signature, 1200 × 630 in the header.
  expect(body.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
});
