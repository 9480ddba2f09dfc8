import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminStorageState, count, createAccount, signIn } from "./helpers/accounts";
import { politikId } from "./helpers/articles";
import { row } from "./helpers/db";
import { callAction } from "./helpers/actions";

// Every server action is a public HTTP endpoint. These calls skip the UI and
// post straight to the action id from the build, as an attacker would.

type Row = { id: string; version: number; status: string; headline: string };

async function demoArticle(): Promise<Row> {
  return (await row<Row>(`SELECT "id", "version", "status", "headline" FROM "Article" WHERE "slug" = 'trump-geht-auf-putin-zu'`))!;
}

async function snapshot() {
  return {
    articles: await count("Article"),
    revisions: await count("ArticleRevision"),
    users: await count("User"),
    demo: await demoArticle(),
  };
}

const draftFields = (sectionId: string, headline: string) => ({
  kicker: "",
  headline,
  teaser: "Vorspann",
  sectionId,
  slug: "",
  body: { type: "doc", content: [] },
});

async function expectRefused(request: APIRequestContext, baseURL: string, name: string, args: unknown[], origin?: string | null) {
  const before = await snapshot();
  const { status, body } = await callAction(request, baseURL, name, args, origin);
  expect(body, `${name} must not report success`).not.toContain('"ok":true');
  expect(await snapshot(), `${name} must change nothing`).toEqual(before);
  return { status, body };
}

test("signed out, every article action and setup is refused and changes nothing", async ({ request, baseURL }) => {
  const demo = await demoArticle();
  const ref = { id: demo.id, version: demo.version };
  const sectionId = await politikId();
  const saved = await expectRefused(request, baseURL!, "saveArticleAction", [null, draftFields(sectionId, "Von außen")]);
  expect(saved.body).toContain("UNAUTHORIZED");
  await expectRefused(request, baseURL!, "saveArticleAction", [ref, draftFields(sectionId, "Übernommen")]);
  await expectRefused(request, baseURL!, "unpublishArticleAction", [ref]);
  await expectRefused(request, baseURL!, "publishArticleAction", [ref]);
  await expectRefused(request, baseURL!, "createFirstAdminAction", [{ name: "Mallory", email: "mallory@evil.test", password: "mallory-will-admin" }]);
});

test("a contributor may write an own draft but not publish it, nor touch someone else's article", async ({ browser, baseURL }) => {
  const contributor = await createAccount("CONTRIBUTOR");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, contributor.email, contributor.password);
  const sectionId = await politikId();

  // Allowed: an own draft.
  const created = await callAction(context.request, baseURL!, "saveArticleAction", [null, draftFields(sectionId, "Eigener Entwurf")]);
  expect(created.body).toContain('"ok":true');
  const own = (await row<Row>(`SELECT "id", "version", "status", "headline" FROM "Article" WHERE "headline" = 'Eigener Entwurf'`))!;
  expect(own.status).toBe("DRAFT");

  const refusedPublish = await expectRefused(context.request, baseURL!, "publishArticleAction", [{ id: own.id, version: own.version }]);
  expect(refusedPublish.body).toContain("FORBIDDEN");
  const demo = await demoArticle();
  const demoRef = { id: demo.id, version: demo.version };
  await expectRefused(context.request, baseURL!, "saveArticleAction", [demoRef, draftFields(sectionId, "Übernommen")]);
  await expectRefused(context.request, baseURL!, "unpublishArticleAction", [demoRef]);
  await context.close();
});

test.describe("with an editor's session", () => {
  test.use({ storageState: adminStorageState });

  test("a call from a foreign origin, or with no origin, is refused (CSRF)", async ({ request, baseURL }) => {
    const demo = await demoArticle();
    for (const origin of ["https://evil.example", "null", null]) {
      const { status } = await expectRefused(request, baseURL!, "unpublishArticleAction", [{ id: demo.id, version: demo.version }], origin);
      expect(status, `Origin ${origin ?? "(none)"}`).toBe(403);
    }
  });

  test("a body with a script node sent past the editor is refused with a message", async ({ request, baseURL }) => {
    const fields = draftFields(await politikId(), "Mit Skript");
    const evil = { ...fields, body: { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x" }] }] } };
    const { body } = await expectRefused(request, baseURL!, "saveArticleAction", [null, evil]);
    expect(body).toContain("VALIDATION");
    // The session's person chose no language and a script sends none: the site's (German by default).
    expect(body).toMatch(/attribute that is not allowed|nicht erlaubtes Attribut/);
  });
});
