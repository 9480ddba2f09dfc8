import type { Page } from "@playwright/test";

/** Pastes plain text into the body editor the way a browser does (a paste event with clipboard data). */
export async function pastePlainText(page: Page, text: string) {
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await body.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function pasteHtml(page: Page, html: string) {
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await body.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData("text/html", value);
    data.setData("text/plain", value.replace(/<[^>]+>/g, ""));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** Answers the newsroom's in-page confirmation dialog (which asked with `question`) with the button named `answer`. */
export async function confirmDialog(page: Page, question: string | RegExp, answer: string) {
  const dialog = page.getByRole("dialog", { name: question });
  await dialog.getByRole("button", { name: answer, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

/** A new article starts with no section: choose one (in either newsroom language), as an editor does first. */
export async function chooseSection(page: Page, name = "Politik") {
  // On the editor (the article list has a section filter of the same name).
  await page.waitForURL(/\/admin\/articles\//);
  await page.getByRole("combobox", { name: /^(Section|Ressort)$/ }).selectOption({ label: name });
}
