import { expect, test } from "@playwright/test";
import { count } from "./helpers/accounts";
import { callAction } from "./helpers/actions";

// CVE-2025-29927's lesson: a forged `x-middleware-subrequest` header made Next
// skip middleware. Here the proxy only sends people to the sign-in page; the
// pages and every action check the session themselves, so skipping it changes
// where a visitor lands, not what they may do.
const FORGED = [
  "middleware",
  "proxy",
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
];

test("newsroom pages and actions stay closed with a forged middleware-subrequest header", async ({ request, baseURL }) => {
  for (const value of FORGED) {
    for (const path of ["/admin", "/admin/media", "/admin/users", "/admin/articles/new"]) {
      const response = await request.get(path, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0, failOnStatusCode: false });
      const label = `${path} with x-middleware-subrequest: ${value}`;
      expect([302, 303, 307, 308], label).toContain(response.status());
      expect(response.headers()["location"], label).toMatch(/\/login/);
      const body = await response.text();
      // Nothing of the newsroom, in either language (a script's request gets the site's).
      for (const word of ["Media library", "Mediathek", "New article", "Neuer Artikel"]) expect(body, label).not.toContain(word);
    }
    const before = { articles: await count("Article"), media: await count("MediaAsset"), users: await count("User") };
    for (const [name, args] of [
      ["saveArticleAction", [null, { kicker: "", headline: "Gefälscht", teaser: "", sectionId: "x", slug: "", body: { type: "doc", content: [] } }]],
      ["inviteUserAction", [{ name: "X", email: "x@evil.test", role: "ADMIN" }]],
      ["searchMediaAction", [""]],
    ] as [string, unknown[]][]) {
      const { body } = await callAction(request, baseURL!, name, args, baseURL!, { "x-middleware-subrequest": value });
      expect(body, `${name} with ${value}`).toContain('"code":"UNAUTHORIZED"');
    }
    const upload = await request.post("/api/media", { headers: { Origin: baseURL!, "X-File-Name": "a.jpg", "Content-Type": "application/octet-stream", "x-middleware-subrequest": value }, data: Buffer.from([0xff, 0xd8, 0xff]) });
    expect(upload.status()).toBe(401);
    expect({ articles: await count("Article"), media: await count("MediaAsset"), users: await count("User") }).toEqual(before);
  }
});
