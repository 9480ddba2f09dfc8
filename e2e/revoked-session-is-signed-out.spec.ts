import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./helpers/accounts";
import { exec } from "./helpers/db";
import { callAction } from "./helpers/actions";

// What the users issue will do through its screens (password change, role
// change, disabling) is done here directly in the database: the point is that
// the old cookie stops working on the very next request.
const changes: [string, string][] = [
  ["the password changed", `UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = ?`],
  ["the role changed", `UPDATE "User" SET "role" = 'CONTRIBUTOR' WHERE "id" = ?`],
  ["the account was disabled", `UPDATE "User" SET "disabled" = TRUE WHERE "id" = ?`],
];

for (const [what, sql] of changes) {
  test(`an editor whose ${what.replace("the ", "")} is signed out on the next request`, async ({ browser, baseURL }) => {
    const editor = await createAccount("EDITOR");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);

    await exec(sql, [editor.id]);

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
    // The old cookie is refused by the actions too, not only by the pages.
    const { body } = await callAction(context.request, baseURL!, "saveArticleAction", [null, { headline: "x" }]);
    expect(body).toContain("UNAUTHORIZED");
    await context.close();
  });
}
