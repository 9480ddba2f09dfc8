import { expect, test } from "@playwright/test";
import { adminStorageState, count } from "./helpers/accounts";
import { serverActions } from "./helpers/actions";

// Client errors are answered as such (4xx, a plain message), before any work is done.
test.use({ storageState: adminStorageState });

test("sign-out and uploads from another site, or with no origin, are refused with 403", async ({ request, baseURL }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const headers of [{ Origin: "https://evil.example" }, { Origin: "null" }, {}, { Origin: baseURL!, "Sec-Fetch-Site": "cross-site" }] as Record<string, string>[]) {
    const signOut = await request.post("/api/auth/signout", { headers, form: { csrfToken, json: "true" }, maxRedirects: 0, failOnStatusCode: false });
    expect(signOut.status()).toBe(403);
    const upload = await request.post("/api/media", { headers: { ...headers, "X-File-Name": "a.jpg", "Content-Type": "application/octet-stream" }, data: Buffer.from([0xff, 0xd8, 0xff]), failOnStatusCode: false });
    expect(upload.status()).toBe(403);
  }
  // Still signed in: none of those reached next-auth.
  const newsroom = await request.get("/admin", { maxRedirects: 0 });
  expect(newsroom.status()).toBe(200);
});

test("a forged X-Forwarded-Host does not make a foreign origin look like ours", async ({ request }) => {
  const action = serverActions().unpublishArticleAction!;
  const response = await request.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
    data: "[]",
    failOnStatusCode: false,
  });
  expect(response.status()).toBe(403);
});

test("client errors get 4xx, never 500: an oversized or too-deep action body, broken percent-encoding", async ({ request, baseURL }) => {
  const action = serverActions().saveArticleAction!;
  const post = (data: string | Buffer) =>
    request.post(action.page, {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Accept: "text/x-component" },
      data,
      failOnStatusCode: false,
    });
  const articles = await count("Article");
  expect((await post(Buffer.alloc(5 * 1024 * 1024, 0x20))).status()).toBe(413);
  expect((await post("[" + "[".repeat(10_000) + "]".repeat(10_000) + "]")).status()).toBe(400);
  expect((await post('[{"headline": "kaputt"')).status()).toBe(400);
  expect(await count("Article")).toBe(articles);

  const broken = await request.get("/politik/%E0%A4%A", { failOnStatusCode: false });
  expect(broken.status()).toBe(400);
  expect(await broken.text()).not.toMatch(/at \w+ \(|node_modules/);
});
