import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createAccount, signIn } from "./helpers/accounts";
import { callAction } from "./helpers/actions";
import { insertArticle } from "./helpers/articles";
import { exec, rows } from "./helpers/db";

// Live-ticker actions, called straight over HTTP as an attacker would, by
// every role on their own and on someone else's published article: whoever
// may publish the article posts, edits, deletes, keeps the summary, sets the
// interval, closes and reopens (the rule is the same for drafts and published
// articles); everyone else is refused and changes nothing.
// Signed out, everything is refused.

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
const ROLES: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"];
const MAY = { own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] };
const entryBody = (text: string) => ({ body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }, quote: "", quoteBy: "", keyEvent: false });

async function session(browser: Browser, role: Role): Promise<{ role: Role; id: string; request: APIRequestContext }> {
  const account = await createAccount(role);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signIn(await context.newPage(), account.email, account.password);
  return { role, id: account.id, request: context.request };
}

/** A draft with a running ticker and one entry (fixtures, not code under test; a draft keeps the reader pages' lists as they are). */
async function tickerFixture(authorId: string) {
  const article = await insertArticle(authorId, "DRAFT");
  const now = new Date();
  await exec(`INSERT INTO "LiveTicker" ("articleId", "summary", "summaryVersion", "pollMs", "startedAt", "updatedAt") VALUES (?, '', 1, 1500, ?, ?)`, [article.id, now, now]);
  const entryId = `le${randomBytes(8).toString("hex")}`;
  await exec(`INSERT INTO "LiveEntry" ("id", "articleId", "body", "quote", "quoteBy", "keyEvent", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, '', '', ?, 1, ?, ?)`, [
    entryId,
    article.id,
    JSON.stringify(entryBody("Erster Eintrag").body),
    false,
    now,
    now,
  ]);
  return { articleId: article.id, entryId };
}

async function state(articleId: string) {
  return {
    ticker: await rows(`SELECT "summary", "summaryVersion", "pollMs", "endedAt" FROM "LiveTicker" WHERE "articleId" = ?`, [articleId]),
    entries: await rows(`SELECT "id", "version", "body" FROM "LiveEntry" WHERE "articleId" = ? ORDER BY "id"`, [articleId]),
  };
}

/** Every ticker action, in an order that works for someone allowed (the entry is edited before it is deleted). */
function calls(t: { articleId: string; entryId: string }): [string, unknown[]][] {
  return [
    ["postEntryAction", [t.articleId, entryBody("Von außen")]],
    ["updateEntryAction", [t.entryId, 1, entryBody("Geändert")]],
    ["deleteEntryAction", [t.entryId, 2]],
    ["updateSummaryAction", [t.articleId, { summary: "Gekapert", version: 1 }]],
    ["setPollIntervalAction", [t.articleId, 60_000]],
    ["closeTickerAction", [t.articleId]],
    ["startTickerAction", [t.articleId]],
  ];
}

test("ticker actions allow exactly who may publish the article, on own and others' drafts", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const sessions = await Promise.all(ROLES.map((role) => session(browser, role)));
  const someoneElse = await createAccount("EDITOR");
  for (const s of sessions) {
    for (const owner of ["own", "others"] as const) {
      const t = await tickerFixture(owner === "own" ? s.id : someoneElse.id);
      const allowed = MAY[owner].includes(s.role);
      for (const [action, args] of calls(t)) {
        const before = await state(t.articleId);
        const { body } = await callAction(s.request, baseURL!, action, args);
        const label = `${s.role} ${action} on ${owner} article`;
        if (allowed) expect(body, label).toContain('"ok":true');
        else {
          expect(body, label).toContain('"code":"FORBIDDEN"');
          expect(await state(t.articleId), label).toEqual(before);
        }
      }
    }
  }
});

test("signed out, every ticker action is refused and changes nothing", async ({ request, baseURL }) => {
  const t = await tickerFixture((await createAccount("AUTHOR")).id);
  for (const [action, args] of calls(t)) {
    const before = await state(t.articleId);
    const { body } = await callAction(request, baseURL!, action, args);
    expect(body, action).toContain('"code":"UNAUTHORIZED"');
    expect(await state(t.articleId), action).toEqual(before);
  }
});
