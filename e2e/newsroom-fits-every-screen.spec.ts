import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { adminStorageState } from "./helpers/accounts";
import { rows } from "./helpers/db";

// No page of the newsroom scrolls sideways, on a 1280 × 800 desktop or a
// 390 × 844 phone, in German or English. The pages are read from app/ (a new
// newsroom page is checked without touching this file); each dynamic part is
// filled with something real: the demo article, the home front, a page, an
// image uploaded here.

function newsroomRoutes(): string[] {
  const root = path.resolve("app", "(editor)");
  const found: string[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === "page.tsx") found.push(`/${segments.join("/")}`);
    }
  };
  visit(root, []);
  return found.sort();
}

async function firstId(table: string, where = "1=1"): Promise<string> {
  const [row] = await rows<{ id: string }>(`SELECT "id" FROM "${table}" WHERE ${where} LIMIT 1`);
  if (!row) throw new Error(`no ${table} to fill the address with`);
  return row.id;
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

test("no newsroom page scrolls sideways at 1280 × 800 or 390 × 844, in German or English", async ({ browser }) => {
  test.setTimeout(180_000);
  const routes = newsroomRoutes();
  expect(routes).toContain("/admin/articles/[id]");

  // An image in the library, so its page has something to show.
  const setup = await (await browser.newContext({ storageState: adminStorageState })).newPage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fits-"));
  const photo = path.join(dir, "Hafen am Morgen.jpg");
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg().toFile(photo);
  await setup.goto("/admin/media");
  await setup.getByLabel("Choose images").setInputFiles(photo);
  await expect(async () => expect((await rows(`SELECT "id" FROM "MediaAsset" LIMIT 1`)).length).toBe(1)).toPass();
  await setup.context().close();

  const fill: Record<string, () => Promise<string>> = {
    "/admin/articles/[id]": () => firstId("Article", `"slug" = 'trump-geht-auf-putin-zu'`),
    "/admin/media/[id]": () => firstId("MediaAsset"),
    "/admin/pages/[id]": () => firstId("Page", `"slug" = 'impressum'`),
    "/admin/fronts/[front]": async () => "home",
  };
  const addresses: string[] = [];
  for (const route of routes) {
    let address = route;
    for (const [pattern, value] of Object.entries(fill)) {
      if (route.startsWith(pattern)) address = route.replace(pattern, pattern.replace(/\[[^\]]+\]/, await value()));
    }
    expect(address, `${route}: every part of the address is filled`).not.toContain("[");
    addresses.push(address);
  }

  // The four screens side by side (each waits a moment per page for the editor's layout; together, not one after another).
  const wide: string[] = [];
  const screens = ["de-DE", "en-GB"].flatMap((locale) => SIZES.map((viewport) => ({ locale, viewport })));
  await Promise.all(
    screens.map(async ({ locale, viewport }) => {
      const context = await browser.newContext({ storageState: adminStorageState, locale, viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
      const page = await context.newPage();
      for (const address of addresses) {
        const response = await page.goto(address);
        expect(response?.status(), address).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
        // Measured once the page has loaded and again after the editor's scripts have laid it out (TipTap renders in the browser).
        const overBy = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        const first = await overBy();
        await page.waitForTimeout(250);
        const over = Math.max(first, await overBy());
        if (over > 0) wide.push(`${address} at ${viewport.width} px in ${locale}: ${over} px too wide`);
      }
      await context.close();
    }),
  );
  expect(wide, "pages wider than the screen").toEqual([]);
});
