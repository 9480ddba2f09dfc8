import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminStorageState, insertApiKey } from "./helpers/accounts";
import { callAction } from "./helpers/actions";
import { insertArticle } from "./helpers/articles";
import { row } from "./helpers/db";

// Derived state follows its source: every address that shows something of an
// article (its page, its live ticker's feed, the home and section pages, the
// feeds, the sitemaps, search, the Content API) follows the article through
// each state change, on the next request, with nothing left in a cache.
test.use({ storageState: adminStorageState });

const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Eintrag im Ticker." }] }] };

test("a live story that is unpublished, trashed and deleted for good disappears from every derived address, its ticker feed included", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const headline = `Ableitung ${stamp}`;
  const key = await insertApiKey(`Ableitung ${stamp}`);
  const reader = await playwright.request.newContext({ baseURL });
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const admin = (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "createdAt" LIMIT 1`))!.id;
  // Wirtschaft: the reader journeys expect the demo article on the first page of Politik.
  const article = await insertArticle(admin, "DRAFT", headline, "wirtschaft");
  const slug = (await row<{ slug: string }>(`SELECT "slug" FROM "Article" WHERE "id" = ?`, [article.id]))!.slug;
  const path = `/wirtschaft/${slug}`;
  const act = async (name: string, args: unknown[]) => {
    const { body: answer } = await callAction(page.request, baseURL!, name, args);
    expect(answer, name).toContain('"ok":true');
  };
  const version = async () => (await row<{ version: number }>(`SELECT "version" FROM "Article" WHERE "id" = ?`, [article.id]))!.version;

  /** Every address derived from the article, and whether it shows the article there now. */
  const DERIVED: Record<string, (r: APIRequestContext) => Promise<boolean>> = {
    "the ticker feed": async (r) => (await r.get(`/live/${article.id}.json`)).status() === 200,
    "the article page": async (r) => (await r.get(path)).status() === 200,
    "the home page": async (r) => (await (await r.get("/")).text()).includes(path),
    "the section page": async (r) => (await (await r.get("/wirtschaft")).text()).includes(path),
    "the feed": async (r) => (await (await r.get("/rss")).text()).includes(path),
    "the news sitemap": async (r) => (await (await r.get("/sitemaps/news.xml")).text()).includes(slug),
    "the article sitemap": async (r) => (await (await r.get("/sitemaps/articles-1.xml")).text()).includes(slug),
    // The results, not the query the page repeats: a link to the article.
    search: async (r) => (await (await r.get(`/suche?q=${encodeURIComponent(`Ableitung ${stamp}`)}`)).text()).includes(`href="${path}"`),
    "the Content API": async () => (await api.get(`/api/content/v1/articles/${article.id}`)).status() === 200,
  };
  async function expectEverywhere(shown: boolean, when: string) {
    for (const [address, shows] of Object.entries(DERIVED)) {
      await expect.poll(() => shows(reader), { message: `${address} ${when}`, timeout: 5_000, intervals: [100, 250, 500] }).toBe(shown);
    }
  }

  try {
    // A ticker started on the draft: nothing of it outside yet (and the "not found" may be cached).
    await act("startTickerAction", [article.id]);
    await act("postEntryAction", [article.id, { body, quote: "", quoteBy: "", keyEvent: false }]);
    await expectEverywhere(false, "while the article is a draft");

    await act("publishArticleAction", [{ id: article.id, version: await version() }]);
    await expectEverywhere(true, "once it is published");
    expect(((await (await reader.get(`/live/${article.id}.json`)).json()) as { live: boolean; entries: unknown[] }).live).toBe(true);

    await act("unpublishArticleAction", [{ id: article.id, version: await version() }]);
    await expectEverywhere(false, "after it was unpublished");

    await act("reopenArticleAction", [{ id: article.id, version: await version() }]);
    await act("publishArticleAction", [{ id: article.id, version: await version() }]);
    await expectEverywhere(true, "once it is published again");

    await act("trashArticleAction", [{ id: article.id, version: await version() }]);
    await expectEverywhere(false, "after it went to the trash");

    await act("purgeArticleAction", [article.id]);
    await expectEverywhere(false, "after it was deleted for good");
  } finally {
    await reader.dispose();
    await api.dispose();
  }
});
