import { expect, test, type Page } from "@playwright/test";
import { adminStorageState } from "./helpers/accounts";
import { chooseSection } from "./helpers/editor";

// Reader pages carry no inline script at all (the server leaves Next's out,
// server/lean-page.mjs) and load one small script of ours; the sign-in page
// names each inline script by its hash, newsroom pages carry a nonce per
// request; none allows 'unsafe-inline'. Those pages must still hydrate: a
// policy that blocks Next's own scripts breaks every button.

const scriptSrc = (policy: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;

function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("reader pages run one small script of ours and nothing of Next's; sign-in still hashes its inline scripts and hydrates", async ({ page }) => {
  const violations = watchViolations(page);
  for (const path of ["/", "/politik/trump-geht-auf-putin-zu", "/politik", "/suche?q=Kreml"]) {
    const scripts: string[] = [];
    const watch = (r: import("@playwright/test").Request) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    };
    page.on("request", watch);
    const response = await page.goto(path);
    page.off("request", watch);
    const policies = (await response!.headersArray()).filter((h) => h.name.toLowerCase() === "content-security-policy");
    expect(policies, path).toHaveLength(1);
    expect(scriptSrc(policies[0]!.value), path).not.toContain("'unsafe-inline'");
    // No React, no router, no inline payload: the page is its HTML, plus public/reader.js.
    expect(scripts, path).toEqual(["/reader.js"]);
    const inline = await page.locator("script:not([src])").evaluateAll((nodes) => nodes.filter((n) => !/json/.test(n.getAttribute("type") ?? "")).length);
    expect(inline, path).toBe(0);
  }
  const login = await page.goto("/login");
  const policy = (await login!.headerValue("content-security-policy"))!;
  expect(scriptSrc(policy)).not.toContain("'unsafe-inline'");
  expect(scriptSrc(policy)).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  // Hydrated: the sign-in form answers without a reload.
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
    await chooseSection(page);
    await page.getByLabel("Headline").fill(`Nonce ${Date.now()}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").first()).toContainText("Saved");
    expect(violations).toEqual([]);
  });
});
