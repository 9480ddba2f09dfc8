import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { count, createAccount, signIn } from "./helpers/accounts";
import { callAction } from "./helpers/actions";
import { insertArticle, politikId, readArticle, type Status } from "./helpers/articles";
import { exec, row as oneRow } from "./helpers/db";

// The role × action matrix, called as an attacker would: straight HTTP POSTs
// with the action ids from the build, for each role, on their own and on
// someone else's article. Allowed calls succeed; refused calls change nothing.

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
const ROLES: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"];
type Session = { role: Role; id: string; request: APIRequestContext };

// The permission table (docs/editor.md): who may, on an own article and on someone else's.
const ARTICLE_MATRIX: { action: string; from: Status; args: (ref: { id: string; version: number }) => unknown[]; own: Role[]; others: Role[] }[] = [
  { action: "saveArticleAction", from: "DRAFT", args: (ref) => [ref, fields("Geändert")], own: ROLES, others: ["ADMIN", "EDITOR"] },
  { action: "submitForReviewAction", from: "DRAFT", args: (ref) => [ref, "Bitte prüfen"], own: ROLES, others: ["ADMIN", "EDITOR"] },
  { action: "withdrawFromReviewAction", from: "IN_REVIEW", args: (ref) => [ref], own: ROLES, others: [] },
  { action: "requestChangesAction", from: "IN_REVIEW", args: (ref) => [ref, "Quelle fehlt"], own: ["ADMIN", "EDITOR"], others: ["ADMIN", "EDITOR"] },
  { action: "publishArticleAction", from: "DRAFT", args: (ref) => [ref], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "scheduleArticleAction", from: "DRAFT", args: (ref) => [ref, new Date(Date.now() + 86_400_000).toISOString()], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "unscheduleArticleAction", from: "SCHEDULED", args: (ref) => [ref], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "unpublishArticleAction", from: "PUBLISHED", args: (ref) => [ref], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "reopenArticleAction", from: "UNPUBLISHED", args: (ref) => [ref], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "trashArticleAction", from: "DRAFT", args: (ref) => [ref], own: ROLES, others: ["ADMIN", "EDITOR"] },
  { action: "trashArticleAction", from: "PUBLISHED", args: (ref) => [ref], own: ["ADMIN", "EDITOR", "AUTHOR"], others: ["ADMIN", "EDITOR"] },
  { action: "restoreFromTrashAction", from: "TRASHED", args: (ref) => [ref], own: ROLES, others: ["ADMIN", "EDITOR"] },
];

let politik = "";
test.beforeAll(async () => {
  politik = await politikId();
});

function fields(headline: string) {
  return { kicker: "", headline, teaser: "Ein Vorspann.", sectionId: politik, slug: "", body: { type: "doc", content: [] } };
}

async function tableCounts() {
  return { articles: await count("Article"), revisions: await count("ArticleRevision"), users: await count("User"), sections: await count("Section"), tags: await count("Tag"), invitations: await count("Invitation"), breaking: await count("BreakingNews"), frontRevisions: await count("FrontRevision"), frontVersion: await frontVersion(), apiKeys: await count("ApiKey", '"revokedAt" IS NULL'), webhooks: await count("WebhookEndpoint"), pages: await count("Page"), pageRevisions: await count("PageRevision"), publishedPages: await count("Page", `"status" = 'PUBLISHED'`) };
}

async function sessionFor(browser: Browser, role: Role): Promise<Session & { close: () => Promise<void> }> {
  const account = await createAccount(role);
  const context = await browser.newContext();
  await signIn(await context.newPage(), account.email, account.password);
  return { role, id: account.id, request: context.request, close: () => context.close() };
}

test("every article action allows exactly the roles in the table, on own and others' articles", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const sessions = await Promise.all(ROLES.map((role) => sessionFor(browser, role)));
  const someoneElse = await createAccount("EDITOR");
  const outcomes: string[] = [];
  for (const row of ARTICLE_MATRIX) {
    for (const session of sessions) {
      for (const owner of ["own", "others"] as const) {
        const article = await insertArticle(owner === "own" ? session.id : someoneElse.id, row.from);
        const before = { article: await readArticle(article.id), counts: await tableCounts() };
        const { body } = await callAction(session.request, baseURL!, row.action, row.args({ id: article.id, version: article.version }));
        const allowed = (owner === "own" ? row.own : row.others).includes(session.role);
        const label = `${session.role} ${row.action} on ${owner} ${row.from}`;
        if (allowed) {
          expect(body, label).toContain('"ok":true');
          expect((await readArticle(article.id)).version, label).toBe(article.version + 1);
        } else {
          expect(body, label).toContain('"code":"FORBIDDEN"');
          expect(await readArticle(article.id), label).toEqual(before.article);
          expect(await tableCounts(), label).toEqual(before.counts);
        }
        outcomes.push(`${label}: ${allowed ? "allowed" : "refused"}`);
      }
    }
  }
  expect(outcomes).toHaveLength(ARTICLE_MATRIX.length * ROLES.length * 2);

  // Creating a draft: every role.
  for (const session of sessions) {
    const { body } = await callAction(session.request, baseURL!, "saveArticleAction", [null, fields(`Neu von ${session.role}`)]);
    expect(body, `${session.role} creates`).toContain('"ok":true');
  }
  await Promise.all(sessions.map((s) => s.close()));
});

test("user, section, tag, breaking-news, front and page actions: admins manage users, editors the rest", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const sessions = await Promise.all(ROLES.map((role) => sessionFor(browser, role)));
  const calls: { action: string; allowed: Role[]; args: () => Promise<unknown[]> | unknown[] }[] = [
    { action: "inviteUserAction", allowed: ["ADMIN"], args: () => [{ name: "Neu", email: `neu-${Date.now()}-${Math.random()}@redaktion.test`, role: "AUTHOR" }] },
    { action: "changeRoleAction", allowed: ["ADMIN"], args: async () => [(await createAccount("AUTHOR")).id, "EDITOR"] },
    { action: "setUserDisabledAction", allowed: ["ADMIN"], args: async () => [(await createAccount("AUTHOR")).id, true] },
    { action: "createTermAction", allowed: ["ADMIN", "EDITOR"], args: () => ["tag", { name: `Schlagwort ${Date.now()} ${Math.random()}` }] },
    { action: "renameTermAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["tag", await insertTag(), { name: `Umbenannt ${Date.now()} ${Math.random()}` }] },
    { action: "removeTermAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["tag", await insertTag(), ""] },
    { action: "setBreakingNewsAction", allowed: ["ADMIN", "EDITOR"], args: () => [{ text: `Eilmeldung ${Date.now()}`, href: "/politik", endsAt: "" }] },
    { action: "endBreakingNewsAction", allowed: ["ADMIN", "EDITOR"], args: async () => [await runningBreakingNews(sessions[0]!, baseURL!)] },
    { action: "saveFrontDraftAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["home", { version: await frontVersion(), slots: AUTOMATIC }] },
    { action: "publishFrontAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["home", { version: await frontVersion(), slots: AUTOMATIC }] },
    { action: "scheduleFrontAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["home", { version: await frontVersion(), slots: AUTOMATIC, at: new Date(Date.now() + 3600_000).toISOString() }] },
    { action: "cancelScheduledFrontAction", allowed: ["ADMIN", "EDITOR"], args: async () => ["home", { version: await scheduledFront(sessions[0]!, baseURL!) }] },
    // Impressum, Datenschutz and the other pages: the desk's.
    { action: "createPageAction", allowed: ["ADMIN", "EDITOR"], args: () => [{ title: `Seite ${Date.now()} ${Math.random()}`, body: PAGE_BODY }] },
    { action: "savePageAction", allowed: ["ADMIN", "EDITOR"], args: async () => pageWrite(await insertPage("DRAFT"), "Geändert") },
    { action: "publishPageAction", allowed: ["ADMIN", "EDITOR"], args: async () => pageWrite(await insertPage("DRAFT"), "Veröffentlicht") },
    { action: "unpublishPageAction", allowed: ["ADMIN", "EDITOR"], args: async () => [{ id: await insertPage("PUBLISHED"), version: 1 }] },
    // Integrations reach outside the newsroom: admins only.
    { action: "createApiKeyAction", allowed: ["ADMIN"], args: () => [{ name: `Schlüssel ${Date.now()}` }] },
    { action: "revokeApiKeyAction", allowed: ["ADMIN"], args: async () => [await apiKey(sessions[0]!, baseURL!)] },
    { action: "createWebhookAction", allowed: ["ADMIN"], args: () => [{ name: `Webhook ${Date.now()}`, url: "http://127.0.0.1:9/hooks", events: ["media.updated"] }] },
    // Deleting for good: admins only, and only from the trash.
    { action: "purgeArticleAction", allowed: ["ADMIN"], args: async () => [(await insertArticle((await createAccount("AUTHOR")).id, "TRASHED")).id] },
    { action: "revokeInvitationAction", allowed: ["ADMIN"], args: async () => [await pendingInvitation(sessions[0]!, baseURL!)] },
    {
      action: "restoreFrontRevisionAction",
      allowed: ["ADMIN", "EDITOR"],
      args: async () => ["home", { version: await frontVersion(), revisionId: (await oneRow<{ id: string }>(`SELECT "id" FROM "FrontRevision" WHERE "frontKey" = 'home' ORDER BY "number" DESC`))!.id }],
    },
  ];
  for (const call of calls) {
    for (const session of sessions) {
      const args = await call.args();
      const before = await tableCounts();
      const auditBefore = await count("AuditEvent");
      const { body } = await callAction(session.request, baseURL!, call.action, args);
      const label = `${session.role} ${call.action}`;
      if (call.allowed.includes(session.role)) {
        expect(body, label).toContain('"ok":true');
        expect(await count("AuditEvent"), `${label} is audited`).toBeGreaterThan(auditBefore);
      } else {
        expect(body, label).toContain('"code":"FORBIDDEN"');
        expect(await tableCounts(), label).toEqual(before);
        if (call.action === "endBreakingNewsAction") expect(await count("BreakingNews", '"endedAt" IS NULL'), `${label} ends nothing`).toBe(1);
      }
    }
  }
  // What the refused calls left running ends here, through the action (so the readers' banner goes too).
  const left = await oneRow<{ id: string }>(`SELECT "id" FROM "BreakingNews" WHERE "endedAt" IS NULL`);
  if (left) await callAction(sessions[0]!.request, baseURL!, "endBreakingNewsAction", [left.id]);
  await Promise.all(sessions.map((s) => s.close()));
});

const AUTOMATIC = Array.from({ length: 7 }, () => null);

async function frontVersion() {
  return (await oneRow<{ version: number }>(`SELECT "version" FROM "Front" WHERE "key" = 'home'`))?.version ?? 0;
}

/** A layout scheduled for the home page (by the admin, through the action), for a call that cancels it; its version. */
async function scheduledFront(admin: Session, baseURL: string) {
  const row = await oneRow<{ scheduledAt: unknown }>(`SELECT "scheduledAt" FROM "Front" WHERE "key" = 'home'`);
  if (row?.scheduledAt) return frontVersion();
  const { body } = await callAction(admin.request, baseURL, "scheduleFrontAction", ["home", { version: await frontVersion(), slots: AUTOMATIC, at: new Date(Date.now() + 3600_000).toISOString() }]);
  expect(body).toContain('"ok":true');
  return frontVersion();
}

/** A live Content API key (made by the admin, through the action), for a call that revokes it; its id. */
async function apiKey(admin: Session, baseURL: string) {
  const name = `Zu widerrufen ${Date.now()} ${randomBytes(3).toString("hex")}`;
  const { body } = await callAction(admin.request, baseURL, "createApiKeyAction", [{ name }]);
  expect(body).toContain('"ok":true');
  return (await oneRow<{ id: string }>(`SELECT "id" FROM "ApiKey" WHERE "name" = ?`, [name]))!.id;
}

/** Someone invited (by the admin, through the action) who has not accepted yet; their user id. */
async function pendingInvitation(admin: Session, baseURL: string) {
  const email = `eingeladen-${Date.now()}-${randomBytes(3).toString("hex")}@redaktion.test`;
  const { body } = await callAction(admin.request, baseURL, "inviteUserAction", [{ name: "Eingeladen", email, role: "AUTHOR" }]);
  expect(body).toContain('"ok":true');
  return (await oneRow<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [email]))!.id;
}

/** A banner running now (set by the admin, through the action), for a call that ends it. */
async function runningBreakingNews(admin: Session, baseURL: string) {
  const running = await oneRow<{ id: string }>(`SELECT "id" FROM "BreakingNews" WHERE "endedAt" IS NULL`);
  if (running) return running.id;
  const { body } = await callAction(admin.request, baseURL, "setBreakingNewsAction", [{ text: `Eilmeldung ${Date.now()}`, href: "/politik", endsAt: "" }]);
  expect(body).toContain('"ok":true');
  return (await oneRow<{ id: string }>(`SELECT "id" FROM "BreakingNews" WHERE "endedAt" IS NULL`))!.id;
}

test("signed out, every action in the build is refused and changes nothing", async ({ request, baseURL }) => {
  const article = await insertArticle((await createAccount("AUTHOR")).id, "DRAFT");
  const ref = { id: article.id, version: article.version };
  const calls: [string, unknown[]][] = [
    ["saveArticleAction", [null, fields("Von außen")]],
    ["saveArticleAction", [ref, fields("Von außen")]],
    ...ARTICLE_MATRIX.map((row) => [row.action, row.args(ref)] as [string, unknown[]]),
    ["inviteUserAction", [{ name: "X", email: "x@evil.test", role: "ADMIN" }]],
    ["changeRoleAction", [article.authorId, "ADMIN"]],
    ["setUserDisabledAction", [article.authorId, true]],
    ["createTermAction", ["section", { name: "Gekapert" }]],
    ["renameTermAction", ["section", politik, { name: "Gekapert" }]],
    ["removeTermAction", ["section", politik, ""]],
    ["updateProfileAction", [{ name: "X", bio: "" }]],
    ["changePasswordAction", [{ currentPassword: "x", newPassword: "neues passwort 123" }]],
    ["searchMediaAction", [""]],
    ["updateImageDetailsAction", [{ id: "0".repeat(24), version: 1 }, { alt: "x" }]],
    ["setFocalPointAction", [{ id: "0".repeat(24), version: 1 }, { x: 0.5, y: 0.5 }]],
    ["deleteImageAction", ["0".repeat(24), true]],
    ["setBreakingNewsAction", [{ text: "Gekapert", href: "https://evil.test", endsAt: "" }]],
    ["endBreakingNewsAction", ["irgendwas"]],
    ["saveFrontDraftAction", ["home", { version: 0, slots: AUTOMATIC }]],
    ["publishFrontAction", ["home", { version: 0, slots: AUTOMATIC }]],
    ["scheduleFrontAction", ["home", { version: 0, slots: AUTOMATIC, at: new Date(Date.now() + 3600_000).toISOString() }]],
    ["cancelScheduledFrontAction", ["home", { version: 0 }]],
    ["restoreFrontRevisionAction", ["home", { version: 0, revisionId: "x" }]],
  ];
  for (const [action, args] of calls) {
    const before = { counts: await tableCounts(), article: await readArticle(article.id) };
    const { body } = await callAction(request, baseURL!, action, args);
    expect(body, action).toContain('"code":"UNAUTHORIZED"');
    expect({ counts: await tableCounts(), article: await readArticle(article.id) }, action).toEqual(before);
  }
});

/** An image row as an upload leaves it (no files needed for details and delete). */
async function insertImage(uploadedById: string): Promise<{ id: string; version: number }> {
  const id = randomBytes(12).toString("hex");
  const now = new Date();
  await exec(
    `INSERT INTO "MediaAsset" ("id", "fileName", "type", "bytes", "width", "height", "placeholder", "alt", "uploadedById", "createdAt", "updatedAt") VALUES (?, 'x.jpg', 'jpeg', 1, 10, 10, '', 'Ein Bild', ?, ?, ?)`,
    [id, uploadedById, now, now],
  );
  return { id, version: 1 };
}

const mediaRow = (id: string) => oneRow(`SELECT * FROM "MediaAsset" WHERE "id" = ?`, [id]);

test("image actions: everyone edits and deletes own uploads, editors any; only editors delete an image in use", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const sessions = await Promise.all(ROLES.map((role) => sessionFor(browser, role)));
  const someoneElse = await createAccount("AUTHOR");
  const matrix = [
    { action: "updateImageDetailsAction", args: (ref: { id: string; version: number }) => [ref, { alt: "Neu beschrieben", caption: "", credit: "Foto: dpa" }], own: ROLES, others: ["ADMIN", "EDITOR"] as Role[] },
    { action: "deleteImageAction", args: (ref: { id: string; version: number }) => [ref.id, false], own: ROLES, others: ["ADMIN", "EDITOR"] as Role[] },
    { action: "setFocalPointAction", args: (ref: { id: string; version: number }) => [ref, { x: 0.2, y: 0.3 }], own: [] as Role[], others: [] as Role[] },
  ];
  for (const row of matrix) {
    for (const session of sessions) {
      for (const owner of ["own", "others"] as const) {
        const image = await insertImage(owner === "own" ? session.id : someoneElse.id);
        const before = await mediaRow(image.id);
        const { body } = await callAction(session.request, baseURL!, row.action, row.args(image));
        const label = `${session.role} ${row.action} on ${owner} image`;
        if (row.action === "setFocalPointAction") {
          // No files behind this row: allowed roles get "missing", the rest "forbidden"; nothing changes either way.
          const allowed = owner === "own" || ["ADMIN", "EDITOR"].includes(session.role);
          expect(body, label).toContain(allowed ? '"code":"NOT_FOUND"' : '"code":"FORBIDDEN"');
          expect(await mediaRow(image.id), label).toEqual(before);
        } else if ((owner === "own" ? row.own : row.others).includes(session.role)) {
          expect(body, label).toContain('"ok":true');
        } else {
          expect(body, label).toContain('"code":"FORBIDDEN"');
          expect(await mediaRow(image.id), label).toEqual(before);
        }
      }
    }
  }
  // In use: the uploader (an author) may not delete it even with the warning confirmed; an editor may.
  const author = sessions.find((s) => s.role === "AUTHOR")!;
  const image = await insertImage(author.id);
  const article = await insertArticle(author.id, "PUBLISHED");
  await exec(`INSERT INTO "ArticleMedia" ("articleId", "mediaId") VALUES (?, ?)`, [article.id, image.id]);
  expect((await callAction(author.request, baseURL!, "deleteImageAction", [image.id, true])).body).toContain('"code":"FORBIDDEN"');
  const editor = sessions.find((s) => s.role === "EDITOR")!;
  // Refused with a message on the "confirm" box (in the site's language: a script sends no Accept-Language).
  expect((await callAction(editor.request, baseURL!, "deleteImageAction", [image.id, false])).body).toContain('"fieldErrors":{"confirm":["');
  expect(await mediaRow(image.id)).toBeTruthy();
  expect((await callAction(editor.request, baseURL!, "deleteImageAction", [image.id, true])).body).toContain('"ok":true');
  expect(await mediaRow(image.id)).toBeUndefined();
  await Promise.all(sessions.map((s) => s.close()));
});

test("the upload route refuses the signed-out and other sites", async ({ browser, request, baseURL }) => {
  const before = await count("MediaAsset");
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  const signedOut = await request.post("/api/media", { headers: { Origin: baseURL!, "X-File-Name": "a.jpg", "Content-Type": "application/octet-stream" }, data: jpeg });
  expect(signedOut.status()).toBe(401);
  const session = await sessionFor(browser, "EDITOR");
  const foreign = await session.request.post("/api/media", { headers: { Origin: "https://evil.example", "X-File-Name": "a.jpg", "Content-Type": "application/octet-stream" }, data: jpeg });
  expect(foreign.status()).toBe(403);
  const noOrigin = await session.request.post("/api/media", { headers: { "X-File-Name": "a.jpg", "Content-Type": "application/octet-stream" }, data: jpeg });
  expect(noOrigin.status()).toBe(403);
  expect(await count("MediaAsset")).toBe(before);
  await session.close();
});

const PAGE_BODY = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Ein Absatz." }] }] };

const pageWrite = (id: string, title: string) => [{ id, version: 1 }, { title, slug: `seite-${id}`, body: PAGE_BODY }];

async function insertPage(status: "DRAFT" | "PUBLISHED"): Promise<string> {
  const id = `pg${randomBytes(10).toString("hex")}`;
  await exec(`INSERT INTO "Page" ("id", "slug", "title", "body", "status", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 1, ?, ?)`, [
    id,
    `seite-${id}`,
    `Seite ${id}`,
    JSON.stringify(PAGE_BODY),
    status,
    new Date(),
    new Date(),
  ]);
  return id;
}

async function insertTag(): Promise<string> {
  const id = `tag${Date.now()}${Math.random().toString(36).slice(2)}`;
  await exec(`INSERT INTO "Tag" ("id", "name", "slug", "createdAt") VALUES (?, ?, ?, ?)`, [id, `Tag ${id}`, id.toLowerCase(), new Date()]);
  return id;
}
