import { expect, test, type Page } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";

// Reader pages name each inline script by its hash, newsroom pages carry a
// nonce per request; neither allows 'unsafe-inline' scripts. The pages must
// still hydrate: a policy that blocks Next's own scripts breaks every button.

const scriptSrc = (policy: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;

function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("reader pages: hashes instead of 'unsafe-inline', and they still hydrate", async ({ page }) => {
  const violations = watchViolations(page);
  for (const path of ["/", "/politik/trump-geht-auf-putin-zu", "/politik", "/suche?q=Kreml", "/login"]) {
    const response = await page.goto(path);
    const policies = (await response!.headersArray()).filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies, path).toHaveLength(1);
    const scripts = scriptSrc(policies[0]!.value);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  }
  // Hydrated: the search form works as a client form and the sign-in form answers without a reload.
  await page.goto("/login");
  await page.getByLabel("Email").fill("niemand@redaktion.test");
  await page.getByLabel("Password").fill("falsch falsch falsch");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-alert")).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe("newsroom", () => {
  test.use({ storageState: adminStorageState });

  test("newsroom pages: a fresh nonce per request, and the editor still works", async ({ page }) => {
    const violations = watchViolations(page);
    const first = await page.goto("/admin/articles/new");
    const policy = (await first!.headerValue("content-security-policy"))!;
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(policy))?.[1];
    expect(nonce).toBeTruthy();
    expect(scriptSrc(policy)).not.toContain("'unsafe-inline'");
    const again = await page.goto("/admin/articles/new");
    expect(await again!.headerValue("content-security-policy")).not.toContain(nonce!);
    // The rich-text editor is client code: typing into it works only if the scripts ran.
    await page.getByLabel("Headline").fill(`Nonce ${Date.now()}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").first()).toContainText("Saved");
    expect(violations).toEqual([]);
  });
});
