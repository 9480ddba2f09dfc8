import { adminStorageState, createAccount, signIn } from "./helpers/accounts";
import { expect, test } from "./helpers/i18n";
import { readerSeesWithin } from "./helpers/reader";
import { chooseSection } from "./helpers/editor";

test("a contributor submits, an editor requests changes, the contributor revises, the editor publishes", async ({ browser, t, locale }) => {
  const contributor = await createAccount("CONTRIBUTOR");
  const writerContext = await browser.newContext({ locale });
  const writer = await writerContext.newPage();
  await signIn(writer, contributor.email, contributor.password);

  // The contributor writes and submits; there is no Publish button for them.
  const headline = `Stadtrat beschließt Haushalt ${Date.now()}`;
  await writer.getByRole("link", { name: t("articles.list.new") }).click();
  await chooseSection(writer);
  await writer.getByLabel(t("articles.form.headline"), { exact: true }).fill(headline);
  await writer.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Der Stadtrat hat den Haushalt beschlossen.");
  await expect(writer.getByRole("button", { name: t("articles.panel.publish"), exact: true })).toHaveCount(0);
  await writer.getByLabel(t("articles.panel.noteForEditor")).fill("Bitte bis 17 Uhr.");
  await writer.getByRole("button", { name: t("articles.panel.submit") }).click();
  await expect(writer.getByRole("status").first()).toHaveText(t("articles.transitions.done.submit"));
  await expect(writer.getByText(t("articles.panel.waitingForReview"))).toBeVisible();
  const articleUrl = writer.url();

  // The editor sees it in the review queue, with the count in the navigation.
  const editorContext = await browser.newContext({ storageState: adminStorageState, locale });
  const editor = await editorContext.newPage();
  await editor.goto("/admin");
  // "Review 3 waiting" / "Freigabe 3 warten": the count's words in either plural form.
  const waiting = [1, 2].map((n) => t("nav.waiting", { count: n }).replace(String(n), "\\d+")).join("|");
  const reviewLink = editor.getByRole("link", { name: new RegExp(`^${t("nav.review")} (${waiting})$`) });
  await expect(reviewLink).toBeVisible();
  await reviewLink.click();
  await expect(editor.getByRole("heading", { name: t("review.title"), level: 1, exact: true })).toBeVisible();
  // Who submitted it, their note and how long it has waited, before opening it.
  const queued = editor.getByRole("listitem").filter({ has: editor.getByRole("link", { name: headline }) });
  await expect(queued).toContainText(t("review.submittedBy", { name: contributor.name }));
  await expect(queued.getByRole("blockquote")).toHaveText("Bitte bis 17 Uhr.");
  await expect(queued).toContainText(t("review.waiting", { duration: "" }).trim());
  await editor.getByRole("link", { name: headline }).click();
  await expect(editor.getByText("Bitte bis 17 Uhr.")).toBeVisible();
  await editor.getByLabel(t("articles.panel.whatShouldChange")).fill("Bitte eine zweite Quelle ergänzen.");
  await editor.getByRole("button", { name: t("articles.panel.requestChanges") }).click();
  // Back to the queue (only once the change is saved; "Notizen zur Freigabe" on the article page must not count), which no longer lists it.
  await expect(editor).toHaveURL(/\/admin\/review$/);
  await expect(editor.getByRole("heading", { name: t("review.title"), level: 1, exact: true })).toBeVisible();
  await expect(editor.getByRole("link", { name: headline })).toHaveCount(0);

  // The contributor sees the comment, revises and resubmits.
  await writer.goto(articleUrl);
  await expect(writer.getByText("Bitte eine zweite Quelle ergänzen.")).toBeVisible();
  await writer.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Der Stadtrat hat den Haushalt beschlossen, bestätigt die Kämmerei.");
  await writer.getByRole("button", { name: t("articles.panel.submit") }).click();
  await expect(writer.getByRole("status").first()).toHaveText(t("articles.transitions.done.submit"));

  // The editor approves and publishes; a signed-out reader sees it.
  await editor.goto(articleUrl);
  await expect(editor.getByLabel(t("articles.form.teaser"), { exact: true })).toHaveValue(/bestätigt die Kämmerei/);
  await editor.getByRole("button", { name: t("articles.panel.approvePublish") }).click();
  await expect(editor.getByRole("status").first()).toHaveText(t("articles.transitions.done.publish"));

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await readerSeesWithin(reader, "/", () => expect(reader.getByRole("link", { name: headline })).toBeVisible({ timeout: 100 }));
  await Promise.all([writerContext.close(), editorContext.close(), readerContext.close()]);
});

test("a contributor withdraws an article from review: it is a draft again and leaves the queue", async ({ browser, t, locale }) => {
  const contributor = await createAccount("CONTRIBUTOR");
  const writer = await (await browser.newContext({ locale })).newPage();
  await signIn(writer, contributor.email, contributor.password);
  const headline = `Zurückgeholt ${Date.now()}`;
  await writer.getByRole("link", { name: t("articles.list.new") }).click();
  await chooseSection(writer);
  await writer.getByLabel(t("articles.form.headline"), { exact: true }).fill(headline);
  await writer.getByLabel(t("articles.form.teaser"), { exact: true }).fill("Noch nicht fertig.");
  await writer.getByRole("button", { name: t("articles.panel.submit") }).click();
  await expect(writer.getByRole("status").first()).toHaveText(t("articles.transitions.done.submit"));

  await writer.getByRole("button", { name: t("articles.panel.withdraw") }).click();
  await expect(writer.getByRole("status").first()).toHaveText(t("articles.transitions.done.withdraw"));
  await expect(writer.getByText(t("articles.panel.status"))).toContainText(t("status.DRAFT"));
  // Theirs to change again: the text fields are editable and submitting is offered anew.
  await expect(writer.getByLabel(t("articles.form.teaser"), { exact: true })).toBeEditable();
  await expect(writer.getByRole("button", { name: t("articles.panel.submit") })).toBeVisible();

  const editor = await (await browser.newContext({ storageState: adminStorageState, locale })).newPage();
  await editor.goto("/admin/review");
  await expect(editor.getByRole("heading", { name: t("review.title"), level: 1, exact: true })).toBeVisible();
  await expect(editor.getByRole("link", { name: headline })).toHaveCount(0);
});
