import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createAccount, signIn } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { expectNoAxeViolations } from "./helpers/axe";
import { exec, row } from "./helpers/db";

// An author page readers can find by name: the author adds a bio and a photo
// from the media library; /autor/<name> shows them with the articles, the
// byline links there, and the old address by id answers with a redirect.

const signedOut = { storageState: { cookies: [], origins: [] } };

test("an author adds bio and photo; readers find the page by name, from the byline and from the old address", async ({ browser }) => {
  test.setTimeout(60_000);
  const hex = randomBytes(3).toString("hex");
  const author = await createAccount("AUTHOR", `Jörg Weiß ${hex}`);
  const article = await insertArticle(author.id, "PUBLISHED", `Stadtrat beschließt Radwege ${hex}`);
  await exec(`INSERT INTO "ArticleAuthor" ("articleId", "userId", "position") VALUES (?, ?, 0)`, [article.id, author.id]);

  const page = await (await browser.newContext(signedOut)).newPage();
  await signIn(page, author.email, author.password);

  // A photo in the library, described.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-author-"));
  const file = path.join(dir, "Portrait.jpg");
  await sharp({ create: { width: 900, height: 1200, channels: 3, background: "#a08060" } }).jpeg().toFile(file);
  const alt = `Jörg Weiß, Lokalredakteur ${hex}`;
  await page.goto("/admin/media");
  await page.getByLabel("Choose images").setInputFiles(file);
  await expect(page.getByRole("listitem").filter({ hasText: "Portrait.jpg" }).getByRole("status")).toHaveText("Uploaded", { timeout: 20_000 });
  await page.getByRole("link", { name: "Edit image: Portrait.jpg" }).first().click();
  await page.getByLabel("Alt text (required)").fill(alt);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved" })).toBeVisible();

  await page.goto("/admin/profile");
  await page.getByLabel("Bio").fill("Schreibt seit 2010 über Verkehr und Stadtplanung.");
  await page.getByRole("button", { name: "Choose photo" }).click();
  const picker = page.getByRole("dialog", { name: "Choose your photo" });
  await picker.getByRole("button", { name: `Select ${alt}` }).click();
  await picker.getByRole("button", { name: "Use this image" }).click();
  await expect(page.getByRole("img", { name: alt })).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  const slug = `joerg-weiss-${hex}`;
  await expect(page.getByText(`/autor/${slug}`)).toBeVisible();
  expect((await row<{ slug: string }>(`SELECT "slug" FROM "User" WHERE "id" = ?`, [author.id]))!.slug).toBe(slug);

  const reader = await (await browser.newContext(signedOut)).newPage();
  // The old address by id moves to the name.
  const old = await reader.request.get(`/autor/${author.id}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toMatch(new RegExp(`/autor/${slug}$`));
  await reader.goto(`/autor/${author.id}`);
  await expect(reader).toHaveURL(new RegExp(`/autor/${slug}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(author.name);
  await expect(reader.getByRole("img", { name: alt })).toBeVisible();
  await expect(reader.getByText("Schreibt seit 2010 über Verkehr und Stadtplanung.")).toBeVisible();
  await expect(reader.getByRole("link", { name: article.headline })).toBeVisible();
  await expectNoAxeViolations(reader, "author page");

  // The byline leads there.
  await reader.getByRole("link", { name: article.headline }).click();
  await expect(reader.getByRole("article").getByRole("link", { name: author.name })).toHaveAttribute("href", `/autor/${slug}`);

  // After marrying, the page moves to the new name; links to the old name still arrive.
  await page.getByLabel("Name", { exact: true }).fill(`Jörg Weiß-Okafor ${hex}`);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  const renamed = `joerg-weiss-okafor-${hex}`;
  await expect(page.getByText(`/autor/${renamed}`)).toBeVisible();
  const moved = await reader.request.get(`/autor/${slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toMatch(new RegExp(`/autor/${renamed}$`));
  await reader.goto(`/autor/${slug}`);
  await expect(reader).toHaveURL(new RegExp(`/autor/${renamed}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Jörg Weiß-Okafor ${hex}`);
});
