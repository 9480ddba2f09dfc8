import { confirmDialog, chooseSection } from "./helpers/editor";
import { adminStorageState } from "./helpers/accounts";
import { expect, test } from "./helpers/i18n";
import { readerPage, readerSeesWithin } from "./helpers/reader";

test.use({ storageState: adminStorageState });

test("an editor writes a draft, publishes it, a reader sees it at once, and it can be taken down", async ({ page, browser, t }) => {
  const headline = `Größe & Übermaß im Bundestag ${Date.now()}`;
  await page.goto("/admin");
  await page.getByRole("link", { name: t("articles.list.new") }).click();
  await expect(page.getByRole("heading", { name: t("articles.form.new") })).toBeVisible();
  await expect(page.getByRole("textbox", { name: t("editor.body") })).toBeVisible();
  await expect(page.getByText(t("articles.panel.unsaved"))).toHaveCount(0);

  await page.getByLabel(t("articles.form.kicker")).fill("Haushalt");
  await page.getByLabel(t("articles.form.headline"), { exact: true }).fill(headline);
  // The slug follows the headline, transliterated.
  await expect(page.getByLabel(t("articles.form.slug"))).toHaveValue(/^groesse-uebermass-im-bundestag-\d+$/);
  await page.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Der Bundestag streitet über „Größe“ und Maß – eine Übersicht.");
  await page.getByLabel(t("articles.form.section")).selectOption({ label: "Politik" });

  const body = page.getByRole("textbox", { name: t("editor.body") });
  await body.click();
  await page.keyboard.type("Der erste Absatz mit „Zitat“.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: t("editor.subheading"), exact: true }).click();
  await page.keyboard.type("Was jetzt kommt");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Der zweite Absatz.");

  await page.getByRole("button", { name: t("articles.panel.saveDraft") }).click();
  await expect(page.getByRole("status").first()).toContainText(t("articles.form.saved", { time: new Date() }).split(" ")[0]!);
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  // Saved once, it has its address, and with it the way to its live ticker, without a reload.
  await expect(page.getByRole("link", { name: t("articles.page.liveTicker") })).toHaveAttribute("href", new URL(page.url()).pathname + "/live");
  const slug = await page.getByLabel(t("articles.form.slug")).inputValue();
  const url = `/politik/${slug}`;

  // The draft is invisible to a signed-out reader: 404, not on the home page, not in the HTML.
  const { reader, page: readerView } = await readerPage(browser);
  expect((await readerView.goto(url))?.status()).toBe(404);
  await readerView.goto("/");
  expect(await readerView.content()).not.toContain("Der erste Absatz mit");
  await expect(readerView.getByRole("link", { name: headline })).toHaveCount(0);

  await page.getByRole("button", { name: t("articles.panel.publish"), exact: true }).click();
  await expect(page.getByRole("status").first()).toHaveText(t("articles.transitions.done.publish"));

  // Within a second a reader sees it: the cache was expired, not left to time out.
  await readerSeesWithin(readerView, "/", () => expect(readerView.getByRole("link", { name: headline })).toBeVisible({ timeout: 100 }));
  const response = await readerView.goto(url);
  expect(response?.status()).toBe(200);
  await expect(readerView.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(readerView.getByRole("heading", { level: 2, name: "Was jetzt kommt" })).toBeVisible();
  await expect(readerView.getByText("Der erste Absatz mit „Zitat“.")).toBeVisible();

  // "Update" on the live article changes the reader page on the next request.
  await page.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Neuer Vorspann nach der Korrektur.");
  await page.getByRole("button", { name: t("articles.panel.update"), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t("articles.form.updatedLive", { time: new Date() }).split("– ")[1]! })).toBeVisible();
  await readerSeesWithin(readerView, url, () => expect(readerView.getByText("Neuer Vorspann nach der Korrektur.")).toBeVisible({ timeout: 100 }));

  await page.getByRole("button", { name: t("articles.panel.unpublish") }).click();
  await confirmDialog(page, t("articles.form.confirmUnpublish"), t("articles.panel.unpublish"));
  await expect(page.getByRole("status").first()).toHaveText(t("articles.transitions.done.unpublish"));
  // Taken off the site: the address answers 410 Gone, not 404. The caches expire right after the answer
  // (src/modules/auth/action.ts), so a reader asking in the same instant may still get the page once.
  await expect(async () => {
    const gone = await readerView.goto(url);
    expect(gone?.status()).toBe(410);
  }).toPass({ timeout: 2_000, intervals: [50, 100, 200] });
  await expect(readerView.getByRole("heading", { name: "Dieser Artikel ist nicht mehr verfügbar" })).toBeVisible();
  // Inside the site's own page, in German, with the way on: its section, the search, the navigation.
  await expect(readerView.locator("html")).toHaveAttribute("lang", "de");
  await expect(readerView.getByRole("navigation", { name: "Ressorts" })).toBeVisible();
  await expect(readerView.getByRole("link", { name: "Weitere Artikel im Ressort Politik" })).toHaveAttribute("href", "/politik");
  await readerView.getByRole("searchbox", { name: "Suchbegriff" }).fill("Kreml");
  await readerView.getByRole("button", { name: "Suchen" }).click();
  await expect(readerView).toHaveURL(/\/suche\?q=Kreml$/);
  await readerSeesWithin(readerView, "/", () => expect(readerView.getByRole("link", { name: headline })).toHaveCount(0, { timeout: 100 }));
  await reader.close();

  // The newsroom list shows it, newest change first.
  await page.goto("/admin/articles");
  const firstRow = page.getByRole("row").nth(1);
  await expect(firstRow).toContainText(headline);
  await expect(firstRow).toContainText(t("status.UNPUBLISHED"));
  await expect(firstRow).toContainText("Politik");
  await expect(firstRow).toContainText("Ada Admin");
});

test("publishing without a teaser names the missing field and publishes nothing", async ({ page, t }) => {
  await page.goto("/admin/articles/new");
  await chooseSection(page);
  await page.getByLabel(t("articles.form.headline"), { exact: true }).fill(`Ohne Vorspann ${Date.now()}`);
  await page.getByRole("button", { name: t("articles.panel.publish"), exact: true }).click();
  await expect(page.getByTestId("form-alert")).toContainText(t("articles.errors.fillBeforePublish"));
  await expect(page.getByText(t("articles.panel.status"))).toContainText(t("status.DRAFT"));
  await expect(page.getByText(t("articles.errors.teaserRequired"))).toBeVisible();
  await expect(page.getByLabel(t("articles.form.teaser"), { exact: true })).toHaveAttribute("aria-invalid", "true");
});
