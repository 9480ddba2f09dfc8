import { confirmDialog, chooseSection } from "./helpers/editor";
import { expect, test } from "@playwright/test";
import { adminStorageState, createAccount, signIn } from "./helpers/accounts";

test("a second editor sees who is editing, takes over, and the first keeps their text but can no longer save", async ({ browser }) => {
  const adaContext = await browser.newContext({ storageState: adminStorageState });
  const ada = await adaContext.newPage();
  await ada.goto("/admin/articles/new");
  await chooseSection(ada);
  await ada.getByLabel("Headline").fill(`Gesperrt ${Date.now()}`);
  await ada.getByRole("button", { name: "Save draft" }).click();
  await expect(ada.getByRole("status").first()).toContainText("Saved");
  const url = ada.url();

  const colleague = await createAccount("EDITOR", `Bernd Beispiel ${Date.now()}`);
  const bContext = await browser.newContext();
  const bernd = await bContext.newPage();
  await signIn(bernd, colleague.email, colleague.password);
  await bernd.goto(url);
  await expect(bernd.getByText(/^Ada Admin is editing since \d{2}:\d{2}\.$/)).toBeVisible();
  await expect(bernd.getByLabel("Headline")).toHaveAttribute("readonly", "");
  // Read-only looks it: grey and dashed, the section not a live menu, the body no toolbar.
  await expect(bernd.getByLabel("Headline")).toHaveCSS("border-top-style", "dashed");
  await expect(bernd.getByRole("combobox", { name: "Section" })).toBeDisabled();
  await expect(bernd.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  await expect(bernd.getByRole("button", { name: "Save draft" })).toHaveCount(0);

  await bernd.getByRole("button", { name: "Take over" }).click();
  await confirmDialog(bernd, /^Take over from /, "Take over");
  await expect(bernd.getByLabel("Headline")).not.toHaveAttribute("readonly", "");
  await expect(bernd.getByLabel("Headline")).toHaveCSS("border-top-style", "solid");

  // Ada typed on; her save is refused, she is told who took over, and her text stays.
  await ada.getByLabel("Teaser").fill("Adas ungespeicherter Vorspann.");
  await ada.getByRole("button", { name: "Save draft" }).click();
  await expect(ada.getByTestId("form-alert")).toContainText(`${colleague.name} is editing this article`);
  await expect(ada.getByText(`${colleague.name} took over editing.`)).toBeVisible();
  await expect(ada.getByLabel("Teaser")).toHaveValue("Adas ungespeicherter Vorspann.");
  await expect(ada.getByLabel("Teaser")).toHaveAttribute("readonly", "");
  await Promise.all([adaContext.close(), bContext.close()]);
});
