import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount } from "./helpers/accounts";
import { insertArticle } from "./helpers/articles";
import { exec, row } from "./helpers/db";
import { readerSeesWithin } from "./helpers/reader";

// Articles lead on: below an article, "Mehr zum Thema" lists the editor's
// picks first, then articles sharing its tags; never the article itself and
// never one that is not published.

test.use({ storageState: adminStorageState });
const signedOut = { storageState: { cookies: [], origins: [] } };

async function tag(name: string) {
  const id = `tg${randomBytes(8).toString("hex")}`;
  await exec(`INSERT INTO "Tag" ("id", "name", "slug", "createdAt") VALUES (?, ?, ?, ?)`, [id, name, `thema-${randomBytes(4).toString("hex")}`, new Date()]);
  return id;
}
const tagArticle = (articleId: string, tagId: string) => exec(`INSERT INTO "ArticleTag" ("articleId", "tagId") VALUES (?, ?)`, [articleId, tagId]);
const pathOf = async (id: string) => (await row<{ path: string }>(`SELECT '/politik/' || "slug" AS path FROM "Article" WHERE "id" = ?`, [id]))!.path;

test("Mehr zum Thema lists a tag-mate, never an unpublished one, and the editor's pick first", async ({ page, browser }) => {
  const author = await createAccount("AUTHOR");
  const topic = await tag(`Klimagipfel ${Date.now()}`);
  const story = await insertArticle(author.id, "PUBLISHED", `Klimagipfel beginnt ${Date.now()}`);
  const mate = await insertArticle(author.id, "PUBLISHED", `Was der Gipfel erreichen kann ${Date.now()}`);
  const hidden = await insertArticle(author.id, "DRAFT", `Noch geheim ${Date.now()}`);
  for (const a of [story, mate, hidden]) await tagArticle(a.id, topic);
  const pick = await insertArticle(author.id, "PUBLISHED", `Kommentar: Zu spät ${Date.now()}`);

  const reader = await (await browser.newContext(signedOut)).newPage();
  await reader.goto(await pathOf(story.id));
  const more = reader.getByRole("region", { name: "Mehr zum Thema" });
  await expect(more.getByRole("link", { name: mate.headline })).toBeVisible();
  await expect(more.getByRole("link", { name: story.headline })).toHaveCount(0);
  await expect(more.getByRole("link", { name: hidden.headline })).toHaveCount(0);
  await expect(more.getByRole("listitem").first()).toContainText(mate.headline);

  // The editor picks another article; it comes first, the tag-mate stays.
  await page.goto(`/admin/articles/${story.id}`);
  await page.getByLabel("Add a related article").selectOption({ label: pick.headline });
  await page.getByRole("button", { name: "Add to more on the topic" }).click();
  await expect(page.getByRole("group", { name: "More on the topic (Mehr zum Thema)" })).toContainText(pick.headline);
  await page.getByRole("button", { name: "Update", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "the changes are published" })).toBeVisible();
  await readerSeesWithin(reader, await pathOf(story.id), () => expect(more.getByRole("listitem").first()).toContainText(pick.headline, { timeout: 300 }));
  await expect(more.getByRole("link", { name: mate.headline })).toBeVisible();
});
