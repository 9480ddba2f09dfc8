import { expect, test } from "@playwright/test";
import { createAccount } from "./helpers/accounts";
import { expectNoAxeViolations } from "./helpers/axe";
import { insertArticle } from "./helpers/articles";
import { chooseSection } from "./helpers/editor";

// A German newsroom: a browser that prefers German gets the whole newsroom in
// German from the sign-in page on, with <html lang="de">; the person can
// switch to English in the profile (the page then says lang="en") and back to
// automatic. The reader site stays German whatever the person chose.

const htmlLang = (page: import("@playwright/test").Page) => page.locator("html").getAttribute("lang");

test("a German browser gets the newsroom in German; the profile switches it to English and back", async ({ browser }) => {
  const reporter = await createAccount("EDITOR", `Jana Schröder ${Date.now()}`);
  await insertArticle(reporter.id, "DRAFT", `Entwurf für die Sprache ${Date.now()}`);
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();

  await page.goto("/login");
  expect(await htmlLang(page)).toBe("de");
  await expect(page).toHaveTitle("Anmelden – Redaktion");
  await expect(page.getByRole("heading", { name: "In der Redaktion anmelden" })).toBeVisible();
  await expectNoAxeViolations(page, "sign-in in German");
  await page.getByLabel("E-Mail").fill(reporter.email);
  await page.getByLabel("Passwort").fill("falsch falsch falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByTestId("form-alert")).toHaveText("Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmt nicht.");
  await page.getByLabel("Passwort").fill(reporter.password);
  await page.getByRole("button", { name: "Anmelden" }).click();

  // The desk first, in German; the article list one click away.
  await expect(page.getByRole("heading", { name: "Der Tag in der Redaktion", level: 1 })).toBeVisible();
  expect(await htmlLang(page)).toBe("de");
  await expect(page).toHaveTitle("Überblick – Redaktion");
  await expect(page.getByRole("region", { name: "Meine Entwürfe" })).toContainText("Entwurf für die Sprache");
  await expectNoAxeViolations(page, "desk in German");
  const nav = page.getByRole("navigation", { name: "Redaktion" });
  await nav.getByRole("link", { name: "Artikel", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Artikel", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Artikel – Redaktion");
  await expect(nav.getByRole("link", { name: "Medien" })).toBeVisible();
  await expect(nav.getByRole("link", { name: /^Freigabe/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Überschrift" })).toBeVisible();
  // Dates in German, Berlin time: 01.12.2026, 15:08.
  await expect(page.getByRole("row").nth(1).locator("time").last()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
  await expect(page.getByRole("row").nth(1)).toContainText("Entwurf");
  await expectNoAxeViolations(page, "article list in German");

  // A new article in German; a server refusal comes back in German too.
  await page.getByRole("link", { name: "Neuer Artikel" }).click();
  await chooseSection(page);
  await expect(page.getByRole("heading", { name: "Neuer Artikel" })).toBeVisible();
  await expect(page.getByLabel("Dachzeile")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Text" })).toBeVisible();
  await page.getByLabel("Überschrift", { exact: true }).fill(`Ohne Vorspann ${Date.now()}`);
  await page.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
  await expect(page.getByTestId("form-alert")).toContainText("Bitte vor dem Veröffentlichen die markierten Felder ausfüllen.");
  await expect(page.getByText("Zum Veröffentlichen fehlt der Vorspann.")).toBeVisible();
  await expectNoAxeViolations(page, "editor in German");

  // English, chosen in the profile.
  await page.getByRole("link", { name: new RegExp(`^${reporter.name}`) }).click();
  await expect(page.getByRole("heading", { name: "Ihr Profil" })).toBeVisible();
  await page.getByLabel("Sprache der Redaktion").selectOption("en");
  await page.getByRole("button", { name: "Sprache speichern" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  expect(await htmlLang(page)).toBe("en");
  await expect(page).toHaveTitle("Your profile – Redaktion");
  await expect(page.getByLabel("Newsroom language")).toHaveValue("en");
  await expectNoAxeViolations(page, "profile in English");
  // The accessibility tree says the same as the page.
  const tree = await page.locator("main").ariaSnapshot();
  expect(tree).toContain('heading "Your profile"');
  expect(tree).toContain('combobox "Newsroom language"');
  await page.goto("/admin/articles");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("row").nth(1).locator("time").last()).toHaveText(/^\d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);

  // The reader site stays German.
  await page.goto("/");
  expect(await htmlLang(page)).toBe("de");

  // Back to automatic: the browser's German again.
  await page.goto("/admin/profile");
  await page.getByLabel("Newsroom language").selectOption("");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("heading", { name: "Ihr Profil" })).toBeVisible();
  expect(await htmlLang(page)).toBe("de");
  await context.close();
});

test("before anyone signs in, the site's language decides when the browser asks for neither", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/login");
  // NEWSROOM_LOCALE is not set for the test server: German, the default.
  expect(await htmlLang(page)).toBe("de");
  await expect(page.getByRole("heading", { name: "In der Redaktion anmelden" })).toBeVisible();
  await context.close();
});

test("every newsroom page in German declares German and passes axe", async ({ browser }) => {
  // Seventeen pages, each analysed by axe (1–3 s a page on a small machine): more than one page's budget.
  test.setTimeout(120_000);
  const admin = await createAccount("ADMIN", `Grete Kühn ${Date.now()}`);
  // A draft: it must not turn up in other journeys' reader pages.
  const article = await insertArticle(admin.id, "DRAFT", `Rundgang ${Date.now()}`);
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-Mail").fill(admin.email);
  await page.getByLabel("Passwort").fill(admin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Der Tag in der Redaktion", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, "/admin in German");

  const pages: [string, string][] = [
    ["/admin/articles", "Artikel"],
    ["/admin/pages", "Seiten"],
    ["/admin/review", "Freigabe"],
    ["/admin/media", "Mediathek"],
    ["/admin/sections", "Ressorts und Schlagwörter"],
    ["/admin/fronts", "Seitenplanung"],
    ["/admin/fronts/home", "Seite: Startseite"],
    ["/admin/breaking", "Eilmeldung"],
    ["/admin/users", "Personen"],
    ["/admin/audit", "Protokoll"],
    ["/admin/integrations", "Schnittstellen"],
    ["/admin/articles/trash", "Papierkorb"],
    ["/admin/profile", "Ihr Profil"],
    [`/admin/articles/${article.id}`, "Artikel bearbeiten"],
    [`/admin/articles/${article.id}/revisions`, `Versionen von „${article.headline}“`],
    [`/admin/articles/${article.id}/live`, `Liveticker: ${article.headline}`],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 }), path).toBeVisible();
    expect(await htmlLang(page), path).toBe("de");
    await expect(page, path).toHaveTitle(/ – Redaktion$/);
    await expectNoAxeViolations(page, `${path} in German`);
  }
  // The audit log's times are German and Berlin time, to the second.
  await page.goto("/admin/audit");
  await expect(page.locator("tbody time").first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
  await context.close();
});
