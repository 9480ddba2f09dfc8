import { expect, test } from "@playwright/test";

// A made-up client address (the test server trusts X-Forwarded-For), so other journeys are not throttled.
test.use({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.23" } });

test("after five wrong passwords from one address, the sixth attempt is refused with a time to retry", async ({ page }) => {
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(`raten-${attempt}@redaktion.test`);
    await page.getByLabel("Password").fill("falsches passwort");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByTestId("form-alert");
    if (attempt <= 5) await expect(alert).toHaveText("Sign-in failed: the email or the password is wrong.");
    else await expect(alert).toHaveText(/^Too many failed sign-ins\. For your account's safety, try again at \d{2}:\d{2}\.$/);
  }
});
