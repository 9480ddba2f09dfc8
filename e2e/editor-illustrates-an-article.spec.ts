import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { adminStorageState } from "./helpers/accounts";
import { callAction } from "./helpers/actions";
import { expectNoAxeViolations } from "./helpers/axe";

test.use({ storageState: adminStorageState });

/** A camera photo as an editor gets it: large, with GPS and copyright in its EXIF data. */
async function photoFile(dir: string) {
  const file = path.join(dir, "Kanzleramt Berlin.jpg");
  const sky = await sharp({ create: { width: 2400, height: 800, channels: 3, background: "#6aa0d8" } }).png().toBuffer();
  await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#7a6a55" } })
    .composite([{ input: sky, left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Copyright: "Agentur" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 12/1" } })
    .toFile(file);
  return file;
}

test("an editor uploads a photo, describes it, sets its focal point and illustrates an article readers see with srcset, caption and credit", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-media-"));
  const photo = await photoFile(dir);
  const fake = path.join(dir, "harmlos.png");
  fs.writeFileSync(fake, "<!doctype html><html><script>alert(1)</script></html>");
  const stamp = Date.now();
  const alt = `Das Bundeskanzleramt in Berlin am Morgen ${stamp}`;

  // Library: two files at once, each with its own progress; the fake image is refused by its content.
  await page.goto("/admin/media");
  await page.getByLabel("Choose images").setInputFiles([photo, fake]);
  await expect(page.getByRole("progressbar", { name: "Upload of Kanzleramt Berlin.jpg" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "harmlos.png" })).toContainText("not an image");
  await expect(page.getByRole("listitem").filter({ hasText: "Kanzleramt Berlin.jpg" }).getByRole("status")).toHaveText("Uploaded", { timeout: 20_000 });

  // Details: alt text, caption, credit.
  await page.getByRole("link", { name: "Edit image: Kanzleramt Berlin.jpg" }).first().click();
  await expect(page.getByRole("heading", { name: "Image: Kanzleramt Berlin.jpg" })).toBeVisible();
  await page.getByLabel("Alt text (required)").fill(alt);
  await page.getByLabel("Caption").fill("Der Sitz des Bundeskanzlers: Hier wird „verhandelt“.");
  await page.getByLabel("Credit").fill("Foto: dpa");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved" })).toBeVisible();

  // Focal point: a click on the picture, 20 % from the left, 30 % from the top.
  const target = page.getByRole("button", { name: "Set the focal point where you click on the picture" });
  const box = (await target.boundingBox())!;
  await target.click({ position: { x: box.width * 0.2, y: box.height * 0.3 } });
  await expect(page.getByLabel("Focal point from the left (%)")).toHaveValue("20");
  await expect(page.getByLabel("Focal point from the top (%)")).toHaveValue("30");
  await page.getByRole("button", { name: "Save focal point" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Focal point saved" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("figure").filter({ hasText: "16:9" }).locator("img")).toHaveAttribute("src", /\/r2\/wide-\d+\.webp$/);

  // An article with the photo as lead image and in the body.
  const headline = `Koalition ringt um den Haushalt ${stamp}`;
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Teaser").fill("Im Kanzleramt wird bis in die Nacht verhandelt.");
  await page.getByLabel("Section").selectOption({ label: "Politik" });
  await page.getByRole("button", { name: "Choose lead image" }).click();
  const picker = page.getByRole("dialog", { name: "Choose the lead image" });
  await picker.getByRole("button", { name: `Select ${alt}` }).click();
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(picker).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Lead image" })).toContainText("Foto: dpa");

  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.type("Die Verhandlungen dauern an.");
  await page.getByRole("button", { name: "Insert image" }).click();
  const inserter = page.getByRole("dialog", { name: "Insert an image" });
  await inserter.getByRole("button", { name: `Select ${alt}` }).click();
  await inserter.getByRole("button", { name: "Use this image" }).click();
  await expect(body.locator("figure[data-media-id] img")).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Published");
  const slug = await page.getByLabel("Slug").inputValue();

  // The reader page: responsive images with sizes set, lead first, caption and credit under both.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/politik/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  const figures = reader.locator("article figure").filter({ has: reader.locator("picture") });
  await expect(figures).toHaveCount(2);
  const lead = figures.nth(0).getByRole("img", { name: alt });
  await expect(lead).toHaveAttribute("srcset", /\/media\/[a-f0-9]{24}\/r2\/wide-400\.webp 400w, .*wide-1600\.webp 1600w/);
  await expect(lead).toHaveAttribute("sizes", /42rem/);
  await expect(lead).toHaveAttribute("width", "2400");
  await expect(lead).toHaveAttribute("height", "1350");
  await expect(lead).toHaveAttribute("fetchpriority", "high");
  await expect(figures.nth(0).locator("source[type='image/avif']")).toHaveAttribute("srcset", /r2\/wide-800\.avif 800w/);
  await expect(figures.nth(0).locator("figcaption")).toHaveText("Der Sitz des Bundeskanzlers: Hier wird „verhandelt“. Foto: dpa");
  const inBody = figures.nth(1).getByRole("img", { name: alt });
  await expect(inBody).toHaveAttribute("srcset", /full-480\.webp 480w/);
  await expect(inBody).toHaveAttribute("loading", "lazy");
  await expect(figures.nth(1).locator("figcaption")).toContainText("Foto: dpa");
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  // Shared: the 1200×630 crop of the lead image; JSON-LD names its crops.
  const og = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/\/media\/[a-f0-9]{24}\/r2\/share\.jpg$/);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.image[0]).toMatch(/r2\/wide-1600\.webp$/);
  const file = await reader.request.get(og!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/jpeg");
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  // Its own policy, and only that one (two CSP headers would both apply).
  const policies = file.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies.map((h) => h.value)).toEqual(["default-src 'none'; sandbox"]);
  const meta = await sharp(await file.body()).metadata();
  expect([meta.width, meta.height, meta.exif]).toEqual([1200, 630, undefined]);
  // Accessible with pictures: on the article and on the home page, where it leads.
  await expectNoAxeViolations(reader, "article with images");
  await reader.goto("/");
  await expect(reader.getByRole("img", { name: alt }).first()).toBeVisible();
  await expectNoAxeViolations(reader, "home with a lead image");
  // The master is never served.
  for (const master of ["master.jpg", "master.webp"]) expect((await reader.request.get(og!.replace(/r2\/share\.jpg$/, master))).status(), master).toBe(404);

  // The lead's headline and teaser are seen without scrolling, on a laptop and a phone, with an Eilmeldung above them too.
  const leadIsAboveTheFold = async (viewport: { width: number; height: number }, banner: boolean) => {
    const visitor = await (await browser.newContext({ viewport })).newPage();
    await visitor.goto("/");
    if (banner) await expect(visitor.getByRole("region", { name: "Eilmeldung", exact: true })).toContainText("Einigung im Kanzleramt");
    const leadSection = visitor.getByRole("region", { name: "Aufmacher" });
    await expect(leadSection.getByRole("heading", { name: headline })).toBeVisible();
    for (const part of [leadSection.getByRole("heading", { name: headline }), leadSection.getByText("Im Kanzleramt wird bis in die Nacht verhandelt.")]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, `${viewport.width} × ${viewport.height}${banner ? " with an Eilmeldung" : ""}`).toBeLessThanOrEqual(viewport.height);
    }
    await visitor.context().close();
  };
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) await leadIsAboveTheFold(viewport, false);
  const set = await callAction(page.request, baseURL!, "setBreakingNewsAction", [{ text: `Eilmeldung: Einigung im Kanzleramt ${stamp}`, href: `/politik/${slug}`, endsAt: "" }]);
  expect(set.body).toContain('"ok":true');
  try {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) await leadIsAboveTheFold(viewport, true);
  } finally {
    const running = /"id":"([^"]+)"/.exec(set.body)?.[1];
    if (running) await callAction(page.request, baseURL!, "endBreakingNewsAction", [running]);
  }
});
