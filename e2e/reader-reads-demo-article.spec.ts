import fs from "node:fs";
import { expect, test } from "@playwright/test";

const fixture = JSON.parse(fs.readFileSync("prisma/seed/seed-article.de.json", "utf8")) as {
  headline: string;
  teaser: string;
  body: { type: string; text: string }[];
  expectedSlug: string;
};

test("a reader finds the demo article from the home page and reads it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // On the home page, or, once newer stories (earlier journeys') pushed it off, through its section's pages.
  const link = page.getByRole("link", { name: fixture.headline });
  if ((await link.count()) === 0) {
    await page.getByRole("link", { name: "Politik", exact: true }).first().click();
    for (let i = 0; i < 10 && (await link.count()) === 0; i++) await page.getByRole("link", { name: "Ältere Artikel →" }).click();
  }
  await link.first().click();

  await expect(page).toHaveURL(new RegExp(`/politik/${fixture.expectedSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture.headline);
  await expect(page.getByText(fixture.teaser)).toBeVisible();

  const subheading = fixture.body.find((b) => b.type === "subheading")!;
  await expect(page.getByRole("heading", { level: 2, name: subheading.text })).toBeVisible();

  // German quotes exactly as written, in every paragraph.
  for (const block of fixture.body.filter((b) => b.type === "paragraph")) {
    await expect(page.getByText(block.text, { exact: true })).toBeVisible();
  }
  await expect(page.getByText("„Wir wollen, wie Sie, eine souveräne und prosperierende Ukraine.", { exact: false })).toBeVisible();

  // The date is machine-readable and shown in German, Berlin time.
  const time = page.locator("article header time");
  await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(time).toHaveText(/^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/);
  await expect(page.getByText("Von Redaktion")).toBeVisible();
});

test("an address that never existed is a real 404 page", async ({ page }) => {
  const response = await page.goto("/politik/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Diese Seite gibt es nicht" })).toBeVisible();
});

test("published pages may be kept by shared caches and are revalidated by browsers; the newsroom and search never are", async ({ request }) => {
  const article = await request.get(`/politik/${fixture.expectedSlug}`);
  expect(article.status()).toBe(200);
  const cacheControl = article.headers()["cache-control"] ?? "";
  expect(cacheControl).toMatch(/(^|, )s-maxage=\d+/);
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/);
  expect(cacheControl).not.toMatch(/(^|, )max-age=/); // browsers ask again
  expect(cacheControl).not.toMatch(/private|no-store/);
  expect((await request.get("/login")).headers()["cache-control"]).toContain("no-store");
  // Home and section pages: a minute for shared caches (a publish also purges them), browsers ask again.
  for (const path of ["/", "/politik"]) {
    const list = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(list, path).toMatch(/s-maxage=60/);
    expect(list, path).toMatch(/(^|, )max-age=0/);
  }
  expect((await request.get("/suche?q=trump")).headers()["cache-control"]).toContain("no-store");
});

test("the fixed-address files a site needs answer: icons, the web app manifest, security.txt", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO header
  const touch = await request.get("/apple-touch-icon.png");
  expect(touch.status()).toBe(200);
  expect(touch.headers()["content-type"]).toBe("image/png");
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const app = (await manifest.json()) as { lang: string; icons: { src: string }[] };
  expect(app.lang).toBe("de");
  for (const icon of app.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  const security = await request.get("/.well-known/security.txt");
  expect(security.status()).toBe(200);
  const text = await security.text();
  expect(text).toContain("Contact: mailto:security@redaktion.test");
  const expires = Date.parse(/^Expires: (.+)$/m.exec(text)?.[1] ?? "");
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires).toBeLessThanOrEqual(Date.now() + 366 * 24 * 3600_000);
  expect(text).toMatch(/^Canonical: http.+\/\.well-known\/security\.txt$/m);
});
