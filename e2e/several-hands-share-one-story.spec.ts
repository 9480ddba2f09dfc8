import { expect, request as playwrightRequest, test } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";
import { ADMIN, adminStorageState, createAccount } from "./helpers/accounts";
import { callAction } from "./helpers/actions";
import { insertArticle } from "./helpers/articles";
import { bodyText, join, sessionCookie, type Participant } from "./helpers/collab";
import { exec, row } from "./helpers/db";

// The shared document behind co-editing, seen from the socket: who gets in,
// what they may send, and that what several people type at once ends as one
// text, stored as the article. (The editor's own journeys show it in browsers.)

const typeInto = (p: Participant, text: string, at?: number) => {
  const paragraph = p.doc.getXmlFragment("body").get(0) as Y.XmlElement;
  if (paragraph.length === 0) paragraph.insert(0, [new Y.XmlText()]);
  const run = paragraph.get(0) as Y.XmlText;
  run.insert(at ?? run.length, text);
};

const storedBody = async (id: string) => JSON.stringify((await row<{ body: unknown }>(`SELECT "body" FROM "Article" WHERE "id" = ?`, [id]))?.body ?? "");

test.describe("several hands on one story", () => {
  const people: Participant[] = [];
  const enter = (...args: Parameters<typeof join>) => {
    const p = join(...args);
    people.push(p);
    return p;
  };
  test.afterEach(() => {
    for (const p of people.splice(0)) p.leave();
  });

  test("two people typing into the same sentence end with the same text, and the article has all of it", async ({ baseURL }) => {
    const editor = await createAccount("EDITOR", "Emil Editor");
    const article = await insertArticle(editor.id, "DRAFT", "Gemeinsam geschrieben");
    const [adaCookie, emilCookie] = await Promise.all([sessionCookie(baseURL!, ADMIN.email, ADMIN.password), sessionCookie(baseURL!, editor.email, editor.password)]);
    const ada = enter(baseURL!, adaCookie, article.id);
    const emil = enter(baseURL!, emilCookie, article.id);
    await expect.poll(() => ada.synced() && emil.synced()).toBe(true);
    typeInto(ada, "Der Rat tagt heute.");
    await expect.poll(() => bodyText(emil.doc)).toBe("Der Rat tagt heute.");
    // Both type into the same spot of the same sentence, word by word, at the same time.
    const adaWords = [" Ada", " schreibt", " hier."];
    const emilWords = [" Emil", " auch", " hier."];
    for (let i = 0; i < 3; i++) {
      typeInto(ada, adaWords[i]!, "Der Rat tagt".length);
      typeInto(emil, emilWords[i]!, "Der Rat tagt".length);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await expect.poll(() => bodyText(ada.doc) === bodyText(emil.doc) && bodyText(ada.doc).length).toBe("Der Rat tagt heute.".length + [...adaWords, ...emilWords].join("").length);
    const text = bodyText(ada.doc);
    for (const word of [...adaWords, ...emilWords]) expect(text).toContain(word.trim());
    expect(ada.doc.getXmlFragment("body").length).toBe(1);
    // Stored as the article (a save with its revision) a few seconds after the typing stops.
    await expect.poll(() => storedBody(article.id), { timeout: 15_000 }).toContain(text.replace(/"/g, '\\"'));
    const revision = await row<{ kind: string }>(`SELECT "kind" FROM "ArticleRevision" WHERE "articleId" = ? ORDER BY "version" DESC LIMIT 1`, [article.id]);
    expect(revision?.kind).toBe("AUTOSAVE");
    expect(ada.messages.some((m) => m.type === "stored" && m.stored === "saved")).toBe(true);
  });

  test("one of them offline for a while, typing on, then back: both texts merge and nothing is lost", async ({ baseURL }) => {
    const editor = await createAccount("EDITOR", "Olga Offline");
    const article = await insertArticle(editor.id, "DRAFT", "Funkloch");
    const [adaCookie, olgaCookie] = await Promise.all([sessionCookie(baseURL!, ADMIN.email, ADMIN.password), sessionCookie(baseURL!, editor.email, editor.password)]);
    const ada = enter(baseURL!, adaCookie, article.id);
    const olga = enter(baseURL!, olgaCookie, article.id);
    await expect.poll(() => ada.synced() && olga.synced()).toBe(true);
    typeInto(ada, "Im Zug.");
    await expect.poll(() => bodyText(olga.doc)).toBe("Im Zug.");
    // Olga's train enters a tunnel: she keeps typing, and so does Ada.
    olga.provider.configuration.websocketProvider.disconnect();
    typeInto(olga, " Olga schreibt im Tunnel weiter.");
    olga.doc.getText("headline").insert(olga.doc.getText("headline").length, " zwischen Kassel und Fulda");
    typeInto(ada, " Ada schreibt am Schreibtisch.");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(bodyText(ada.doc)).not.toContain("Tunnel");
    // Out of the tunnel: her provider reconnects and sends what the server lacks.
    await olga.provider.configuration.websocketProvider.connect();
    await expect.poll(() => bodyText(ada.doc) === bodyText(olga.doc) && bodyText(ada.doc)).toContain("Tunnel");
    for (const words of ["Im Zug.", " Olga schreibt im Tunnel weiter.", " Ada schreibt am Schreibtisch."]) expect(bodyText(ada.doc)).toContain(words);
    expect(ada.doc.getText("headline").toString()).toBe("Funkloch zwischen Kassel und Fulda");
    await expect.poll(async () => (await row<{ headline: string }>(`SELECT "headline" FROM "Article" WHERE "id" = ?`, [article.id]))?.headline, { timeout: 15_000 }).toBe("Funkloch zwischen Kassel und Fulda");
    expect(await storedBody(article.id)).toContain("Tunnel weiter.");
  });

  test("a revision restored while someone types: the old text for everyone, once, and what was typed meanwhile stays", async ({ baseURL }) => {
    const emilAccount = await createAccount("EDITOR", "Emil Erstfassung");
    const article = await insertArticle(emilAccount.id, "DRAFT", "Zwei Fassungen");
    const [adaCookie, emilCookie] = await Promise.all([sessionCookie(baseURL!, ADMIN.email, ADMIN.password), sessionCookie(baseURL!, emilAccount.email, emilAccount.password)]);
    // Emil writes the first version and leaves (stored: his revision).
    const emil = enter(baseURL!, emilCookie, article.id);
    await expect.poll(() => emil.synced()).toBe(true);
    typeInto(emil, "Erste Fassung.");
    await expect.poll(() => storedBody(article.id), { timeout: 15_000 }).toContain("Erste Fassung.");
    const first = (await row<{ id: string }>(`SELECT "id" FROM "ArticleRevision" WHERE "articleId" = ? ORDER BY "version" DESC LIMIT 1`, [article.id]))!;
    emil.leave();
    // Ada rewrites it, and keeps typing in the second paragraph while someone restores Emil's version.
    const ada = enter(baseURL!, adaCookie, article.id);
    const watcher = enter(baseURL!, emilCookie, article.id);
    await expect.poll(() => ada.synced() && watcher.synced()).toBe(true);
    typeInto(ada, " Zweite Fassung.");
    await expect.poll(() => storedBody(article.id), { timeout: 15_000 }).toContain("Zweite Fassung.");
    const context = await playwrightRequest.newContext({ baseURL, storageState: adminStorageState });
    const { version } = (await row<{ version: number }>(`SELECT "version" FROM "Article" WHERE "id" = ?`, [article.id]))!;
    const restoring = callAction(context, baseURL!, "restoreRevisionAction", [{ id: article.id, version }, first.id]);
    ada.doc.getText("kicker").insert(0, "Während der Wiederherstellung");
    const answer = await restoring;
    expect(answer.body).toContain('"ok":true');
    await context.dispose();
    // Everyone gets the old text once; Ada's typing meanwhile is still there.
    await expect.poll(() => bodyText(ada.doc)).toBe("Erste Fassung.");
    await expect.poll(() => bodyText(watcher.doc)).toBe("Erste Fassung.");
    expect(ada.doc.getText("kicker").toString()).toBe("Während der Wiederherstellung");
    expect(ada.doc.getXmlFragment("body").length).toBe(1);
    await expect.poll(async () => (await row<{ kicker: string }>(`SELECT "kicker" FROM "Article" WHERE "id" = ?`, [article.id]))?.kicker, { timeout: 15_000 }).toBe("Während der Wiederherstellung");
    const stored = await storedBody(article.id);
    expect(stored).toContain("Erste Fassung.");
    expect(stored).not.toContain("Zweite Fassung.");
  });

  test("a contributor cannot join someone else's story; one who may only look gets it read-only", async ({ baseURL }) => {
    const contributor = await createAccount("CONTRIBUTOR", "Carla Contributor");
    const cookie = await sessionCookie(baseURL!, contributor.email, contributor.password);
    const adas = await insertArticle((await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [ADMIN.email]))!.id, "DRAFT");
    const intruder = enter(baseURL!, cookie, adas.id);
    await expect.poll(() => intruder.refused()).toBe("forbidden");
    expect(intruder.synced()).toBe(false);
    // Her own story, sent for review: hers to look at, no longer to type into.
    const own = await insertArticle(contributor.id, "IN_REVIEW", "Carlas Text");
    const carla = enter(baseURL!, cookie, own.id);
    await expect.poll(() => carla.synced()).toBe(true);
    expect(carla.readOnly()).toBe(true);
    carla.doc.getText("headline").insert(0, "Geändert: ");
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await row<{ headline: string }>(`SELECT "headline" FROM "Article" WHERE "id" = ?`, [own.id]))?.headline).toBe("Carlas Text");
  });

  test("signed out, nobody gets in; signing out everywhere disconnects at once; a page from elsewhere cannot open the socket", async ({ baseURL }) => {
    const editor = await createAccount("EDITOR", "Elke Editor");
    const article = await insertArticle(editor.id, "DRAFT");
    const stranger = enter(baseURL!, "", article.id);
    await expect.poll(() => stranger.refused()).toBe("signed-out");
    const forged = enter(baseURL!, "next-auth.session-token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", article.id);
    await expect.poll(() => forged.refused()).toBe("signed-out");
    const elke = enter(baseURL!, await sessionCookie(baseURL!, editor.email, editor.password), article.id);
    await expect.poll(() => elke.synced()).toBe(true);
    const ended = Date.now();
    await exec(`DELETE FROM "UserSession" WHERE "userId" = ?`, [editor.id]);
    await expect.poll(() => elke.closes.some((c) => c.reason === "signed-out"), { timeout: 1_500 }).toBe(true);
    console.log(`disconnected ${Date.now() - ended} ms after the session ended`);
    // A WebSocket is not bound by the same-origin rule: the server checks the page it comes from.
    const cookie = await sessionCookie(baseURL!, ADMIN.email, ADMIN.password);
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${baseURL!.replace(/^http/, "ws")}/collab`, { headers: { cookie, origin: "https://evil.example" } });
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => {});
    });
    expect(status).toBe(403);
  });

  test("a hostile update is refused: never applied, stored or passed on", async ({ baseURL }) => {
    const cookie = await sessionCookie(baseURL!, ADMIN.email, ADMIN.password);
    const adaId = (await row<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = ?`, [ADMIN.email]))!.id;
    const article = await insertArticle(adaId, "DRAFT", "Sauber bleiben");
    const honest = enter(baseURL!, cookie, article.id);
    const hostile = enter(baseURL!, cookie, article.id);
    await expect.poll(() => honest.synced() && hostile.synced()).toBe(true);
    const link = new Y.XmlText();
    link.insert(0, "klick", { link: { href: "javascript:alert(document.cookie)" } });
    const paragraph = hostile.doc.getXmlFragment("body").get(0) as Y.XmlElement;
    paragraph.insert(0, [link]);
    hostile.doc.getXmlFragment("body").insert(0, [new Y.XmlElement("script")]);
    await expect.poll(() => hostile.closes.some((c) => c.reason === "refused-update")).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(honest.doc.getXmlFragment("body").toString()).not.toMatch(/script|javascript/);
    expect(await storedBody(article.id)).not.toMatch(/script|javascript/);
  });
});
