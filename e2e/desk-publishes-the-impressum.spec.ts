import { adminStorageState } from "./helpers/accounts";
import { expect, test } from "./helpers/i18n";
import { readerPage, readerSeesWithin } from "./helpers/reader";

// A German news site cannot go live without an Impressum and a privacy notice
// one click from every page. A fresh site starts with drafts of both; the
// placeholders in them stop a hasty publish; the desk fills them in and the
// footer of every reader page links them at once.

const noSidewaysScroll = async (page: import("@playwright/test").Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

test("the desk publishes the Impressum: the placeholder draft is refused, the filled-in page is in every footer", async ({ browser }) => {
  const desk = await (await browser.newContext({ storageState: adminStorageState, locale: "de-DE" })).newPage();
  await desk.goto("/admin");
  // The newsroom home says plainly what stops the site from going live.
  const warning = desk.getByRole("region", { name: "Die ersten Schritte" });
  await expect(warning).toContainText("keine veröffentlichten Seiten Impressum und Datenschutzerklärung im Fuß");
  await warning.getByRole("link", { name: "„Impressum“ ausfüllen und veröffentlichen" }).click();
  await expect(desk.getByRole("heading", { name: "Seite bearbeiten: Impressum" })).toBeVisible();
  await expect(desk.locator("html")).toHaveAttribute("lang", "de");

  // Published as it came: refused, naming the first placeholder; still a draft.
  await desk.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(desk.getByTestId("form-alert")).toContainText("Platzhalter im Text, zuerst „[Bitte ergänzen: Name des Verlags und Rechtsform]“");
  await expect(desk.getByText("Entwurf: Die Seite ist nicht auf der Website.")).toBeVisible();
  const { page: reader } = await readerPage(browser);
  expect((await reader.goto("/impressum"))?.status()).toBe(404);

  // Filled in, it goes live.
  const body = desk.getByRole("textbox", { name: "Text" });
  await body.click();
  await desk.keyboard.press("ControlOrMeta+a");
  await desk.keyboard.type("Redaktion Beispiel GmbH, Musterstraße 1, 10115 Berlin. Verantwortlich nach § 18 Abs. 2 MStV: Erika Mustermann.");
  await expect(desk.getByRole("status")).toHaveText("Ungespeicherte Änderungen");
  await desk.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(desk.getByRole("status")).toHaveText("Veröffentlicht: Die Seite steht unter /impressum.");
  await expect(desk.getByText("Diese Seite ist veröffentlicht.")).toBeVisible();
  await expect(desk.getByRole("button", { name: "Aktualisieren" })).toBeVisible();
  await expect(desk.getByText(/Version 2 · Veröffentlicht · Ada Admin/)).toBeVisible();

  // Every reader page links it in its footer, on the home page, an article and a section, at once.
  for (const path of ["/", "/politik/trump-geht-auf-putin-zu", "/politik"]) {
    await readerSeesWithin(reader, path, async () => {
      await expect(reader.getByRole("navigation", { name: "Über diese Website" }).getByRole("link", { name: "Impressum" })).toBeVisible();
    });
  }
  await reader.getByRole("navigation", { name: "Über diese Website" }).getByRole("link", { name: "Impressum" }).click();
  await expect(reader).toHaveURL(/\/impressum$/);
  await expect(reader.getByRole("heading", { level: 1, name: "Impressum" })).toBeVisible();
  await expect(reader.getByText("Verantwortlich nach § 18 Abs. 2 MStV: Erika Mustermann.")).toBeVisible();
  await expect(reader.locator("html")).toHaveAttribute("lang", "de");
  // The privacy notice is still a draft: not linked, not there.
  await expect(reader.getByRole("link", { name: "Datenschutzerklärung" })).toHaveCount(0);
  // In the sitemap, not in the feed.
  expect(await (await reader.request.get("/sitemaps/pages.xml")).text()).toContain("/impressum</loc>");
  expect(await (await reader.request.get("/rss")).text()).not.toContain("/impressum");

  // The desk's warning now names only what is left.
  await desk.goto("/admin");
  await expect(warning).toContainText("keine veröffentlichte Seite Datenschutzerklärung im Fuß");
});

test("on a phone, in English, an editor adds a contact page to the footer and takes it off again", async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const desk = await (await browser.newContext({ ...phone, storageState: adminStorageState, locale: "en-GB" })).newPage();
  await desk.goto("/admin/pages");
  await expect(desk.getByRole("heading", { name: "Pages", level: 1 })).toBeVisible();
  await expect(desk.getByRole("link", { name: "Edit “Impressum”" })).toBeVisible();
  await noSidewaysScroll(desk);
  await desk.getByRole("link", { name: "New page" }).click();
  await desk.getByLabel("Title").fill(`Kontakt ${Date.now()}`);
  const title = await desk.getByLabel("Title").inputValue();
  const slug = title.toLowerCase().replace(" ", "-");
  // A section's address is refused, naming the field.
  await desk.getByLabel("Address").fill("politik");
  await desk.getByRole("textbox", { name: "Text" }).click();
  await desk.keyboard.type("Sie erreichen die Redaktion unter redaktion@example.org.");
  await desk.getByLabel("Link in the footer of every page").check();
  await desk.getByRole("button", { name: "Create page" }).click();
  await expect(desk.getByText("Address: a section is at “/politik”. Please choose another.").first()).toBeVisible();
  await desk.getByLabel("Address").fill("");
  await desk.getByRole("button", { name: "Create page" }).click();
  await expect(desk.getByRole("heading", { name: `Edit page: ${title}` })).toBeVisible();
  await noSidewaysScroll(desk);
  await desk.getByRole("button", { name: "Publish" }).click();
  await expect(desk.getByRole("status")).toHaveText(`Published: the page is at /${slug}.`);

  const { page: reader } = await readerPage(browser);
  await reader.setViewportSize(phone.viewport);
  await readerSeesWithin(reader, "/", async () => {
    await expect(reader.getByRole("navigation", { name: "Über diese Website" }).getByRole("link", { name: title })).toBeVisible();
  });
  await noSidewaysScroll(reader);
  await reader.goto(`/${slug}`);
  await expect(reader.getByText("Sie erreichen die Redaktion unter redaktion@example.org.")).toBeVisible();
  await noSidewaysScroll(reader);

  await desk.getByRole("button", { name: "Take off the site" }).click();
  await desk.getByRole("dialog").getByRole("button", { name: "Take off the site" }).click();
  await expect(desk.getByRole("status")).toHaveText("The page is a draft again and no longer on the site.");
  await readerSeesWithin(reader, "/", async () => {
    await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  });
  expect((await reader.goto(`/${slug}`))?.status()).toBe(404);
});
