import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { readerSeesWithin } from "./helpers/reader";

test("a contributor submits, an editor requests changes, the contributor revises, the editor publishes", async ({ browser }) => {
  const contributor = await createAccount("CONTRIBUTOR");
  const writerContext = await browser.newContext();
  const writer = await writerContext.newPage();
  await signIn(writer, contributor.email, contributor.password);

  // The contributor writes and submits; there is no Publish button for them.
  const headline = `Stadtrat beschließt Haushalt ${Date.now()}`;
  await writer.getByRole("link", { name: "New article" }).click();
  await writer.getByLabel("Headline").fill(headline);
  await writer.getByLabel("Teaser").fill("Der Stadtrat hat den Haushalt beschlossen.");
  await expect(writer.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await writer.getByLabel("Note for the editor (optional)").fill("Bitte bis 17 Uhr.");
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").first()).toHaveText("Submitted for review");
  await expect(writer.getByText("Waiting for an editor’s review.")).toBeVisible();
  const articleUrl = writer.url();

  // The editor sees it in the review queue, with the count in the navigation.
  const editorContext = await browser.newContext({ storageState: adminStorageState });
  const editor = await editorContext.newPage();
  await editor.goto("/admin");
  await expect(editor.getByRole("link", { name: /Review \d+ waiting/ })).toBeVisible();
  await editor.getByRole("link", { name: /Review \d+ waiting/ }).click();
  await expect(editor.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await editor.getByRole("link", { name: headline }).click();
  await expect(editor.getByText("Bitte bis 17 Uhr.")).toBeVisible();
  await editor.getByLabel("What should change?").fill("Bitte eine zweite Quelle ergänzen.");
  await editor.getByRole("button", { name: "Request changes" }).click();
  // Back to the queue, which no longer lists it.
  await expect(editor.getByRole("heading", { name: "Review queue" })).toBeVisible();
  await expect(editor.getByRole("link", { name: headline })).toHaveCount(0);

  // The contributor sees the comment, revises and resubmits.
  await writer.goto(articleUrl);
  await expect(writer.getByText("Bitte eine zweite Quelle ergänzen.")).toBeVisible();
  await writer.getByLabel("Teaser").fill("Der Stadtrat hat den Haushalt beschlossen, bestätigt die Kämmerei.");
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByRole("status").first()).toHaveText("Submitted for review");

  // The editor approves and publishes; a signed-out reader sees it.
  await editor.goto(articleUrl);
  await expect(editor.getByLabel("Teaser")).toHaveValue(/bestätigt die Kämmerei/);
  await editor.getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByRole("status").first()).toHaveText("Published");

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await readerSeesWithin(reader, "/", () => expect(reader.getByRole("link", { name: headline })).toBeVisible({ timeout: 100 }));
  await Promise.all([writerContext.close(), editorContext.close(), readerContext.close()]);
});
