import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// A receiver like a partner's: a real HTTP server that checks every delivery
// with the published Standard Webhooks library, and answers what a test tells it.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
// The receivers here listen on 127.0.0.1: the newsroom says it delivers inside its own network (target.test.ts checks the refusals).
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { makeActor } = await import("../auth/actor");
const { createArticle, publishArticle, updateArticle } = await import("../articles/service");
const { trashArticle, unpublishArticle } = await import("../articles/transitions");
const { createEndpoint, resendDelivery, listEndpoints } = await import("./service");
const { adoptConfiguredPurgeEndpoint } = await import("./purge-endpoint");
const { deliverDueWebhooks, startDeliveringWebhooks } = await import("./deliver");
const { updateImageDetails } = await import("../media/service");
const { enqueuePurge } = await import("./outbox");
const { articleEventFor } = await import("./events");

type Received = { id: string; type: string; data: { id: string; article: { headline: string; teaser: string } | null } };
const received: Received[] = [];
let answers: number[] = [];
let secret = "";
let server: Server;
let url = "";

const read = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString("utf8")));
  req.on("end", () => resolve(body));
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await read(req);
    const status = answers.shift() ?? 200;
    if (status === 200) {
      // Throws on a wrong or stale signature: the test then sees no event.
      const event = new Webhook(secret).verify(body, req.headers as Record<string, string>) as Omit<Received, "id">;
      received.push({ id: String(req.headers["webhook-id"]), ...event });
    }
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let admin: ReturnType<typeof makeActor>;
let sectionId = "";
const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Text." }] }] };
const fields = (headline: string, teaser: string, slug = "") => ({ kicker: "", headline, teaser, sectionId, slug, tagIds: [], body });

describe("webhooks", () => {
  beforeAll(async () => {
    const user = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.org", role: "ADMIN", passwordHash: "x" } });
    admin = makeActor({ id: user.id, role: "ADMIN", name: user.name, email: user.email, ip: "127.0.0.1" });
    sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
    secret = (await createEndpoint(admin, { name: "Partner", url, events: ["article.published", "article.updated", "article.unpublished", "article.deleted"] })).secret!;
  });

  it("says what an article write means for receivers", () => {
    expect(articleEventFor("DRAFT", "PUBLISHED")).toBe("article.published");
    expect(articleEventFor("PUBLISHED", "PUBLISHED")).toBe("article.updated");
    expect(articleEventFor("PUBLISHED", "UNPUBLISHED")).toBe("article.unpublished");
    expect(articleEventFor("PUBLISHED", "TRASHED")).toBe("article.deleted");
    expect(articleEventFor("DRAFT", "DRAFT")).toBeNull();
    expect(articleEventFor("DRAFT", "TRASHED")).toBeNull();
  });

  it("sends publish and correction, signed, in order, with the article as the Content API shows it", async () => {
    received.length = 0;
    const draft = (await createArticle(admin, fields("Gipfel vertagt", "Erste Fassung."))).article;
    const live = (await publishArticle(admin, { id: draft.id, version: draft.version })).article;
    await updateArticle(admin, { id: live.id, version: live.version }, fields("Gipfel vertagt", "Korrigierte Fassung.", live.slug));
    // Nothing is sent inside the write: the outbox holds it until the sender runs.
    expect(received).toEqual([]);
    expect(await deliverDueWebhooks()).toEqual({ delivered: 2, failed: 0 });
    expect(received.map((e) => [e.type, e.data.article?.teaser])).toEqual([
      ["article.published", "Erste Fassung."],
      ["article.updated", "Korrigierte Fassung."],
    ]);
    expect(received[0]!.id).toMatch(/^msg_/);
    expect((await deliverDueWebhooks()).delivered).toBe(0); // each once
  });

  it("retries a receiver that answers 500: the event arrives on the third try, and a later event about the same article waits for it", async () => {
    received.length = 0;
    answers = [500, 500];
    const draft = (await createArticle(admin, fields("Wiederholt", "Vorspann."))).article;
    const live = (await publishArticle(admin, { id: draft.id, version: draft.version })).article;
    await unpublishArticle(admin, { id: live.id, version: live.version });
    let clock = Date.now();
    const now = () => new Date(clock);
    expect(await deliverDueWebhooks(now)).toEqual({ delivered: 0, failed: 1 }); // the unpublish waits behind the publish
    clock += 6_000;
    expect(await deliverDueWebhooks(now)).toEqual({ delivered: 0, failed: 1 });
    expect(await deliverDueWebhooks(now)).toEqual({ delivered: 0, failed: 0 }); // 30 s not yet over
    clock += 31_000;
    expect(await deliverDueWebhooks(now)).toEqual({ delivered: 2, failed: 0 });
    expect(received.map((e) => e.type)).toEqual(["article.published", "article.unpublished"]);
    const [endpoint] = await listEndpoints(admin);
    const first = endpoint!.deliveries.find((d) => d.event === "article.published" && d.attempts === 3)!;
    expect(first).toMatchObject({ status: "delivered", lastStatus: 200 });
    expect(first.lastMs).toBeGreaterThanOrEqual(0);
  });

  it("writes nothing for a change that was rolled back, and keeps what was committed until a sender runs (a crash in between loses nothing)", async () => {
    received.length = 0;
    const draft = (await createArticle(admin, fields("Abgebrochen", "Vorspann."))).article;
    const before = await db.webhookDelivery.count();
    // A stale version: the publish is refused and its transaction rolled back.
    await expect(publishArticle(admin, { id: draft.id, version: draft.version + 5 })).rejects.toThrow();
    expect(await db.webhookDelivery.count()).toBe(before);
    const live = (await publishArticle(admin, { id: draft.id, version: draft.version })).article;
    await trashArticle(admin, { id: live.id, version: live.version });
    // The process that committed is gone (nothing sent); the next sender finds the outbox.
    expect(await db.webhookDelivery.count({ where: { status: "pending" } })).toBe(2);
    await deliverDueWebhooks();
    expect(received.map((e) => e.type)).toEqual(["article.published", "article.deleted"]);
  });

  it("gives up after 24 hours, and an admin can send an event again", async () => {
    received.length = 0;
    const draft = (await createArticle(admin, fields("Aufgegeben", "Vorspann."))).article;
    await publishArticle(admin, { id: draft.id, version: draft.version });
    let clock = Date.now();
    answers = Array.from({ length: 30 }, () => 503);
    for (let i = 0; i < 30 && (await db.webhookDelivery.count({ where: { status: "pending" } })) > 0; i++) {
      await deliverDueWebhooks(() => new Date(clock));
      clock += 9 * 3600_000;
    }
    answers = [];
    const failed = await db.webhookDelivery.findFirstOrThrow({ where: { status: "failed" } });
    expect(failed.lastStatus).toBe(503);
    expect(failed.attempts).toBeGreaterThan(3);
    await resendDelivery(admin, failed.id);
    await deliverDueWebhooks();
    expect(received.map((e) => e.type)).toEqual(["article.published"]);
  });

  it("sends a CDN purge endpoint the public addresses of a change, with its key, through the same outbox", async () => {
    const purges: { auth: string | undefined; urls: string[] }[] = [];
    const cdn = createServer(async (req, res) => {
      purges.push({ auth: req.headers.authorization, ...(JSON.parse(await read(req)) as { urls: string[] }) });
      res.writeHead(purges.length === 1 ? 502 : 200).end(); // away once: the outbox sends it again
    });
    await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
    try {
      const made = await createEndpoint(admin, { name: "CDN", kind: "purge", token: "cdn-schluessel", url: `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge` });
      expect(made.secret).toBeNull();
      received.length = 0;
      expect(await enqueuePurge(["article:politik/gipfel-vertagt", "articles:published"])).toBe(1);
      let clock = Date.now();
      await deliverDueWebhooks(() => new Date(clock));
      clock += 6_000;
      await deliverDueWebhooks(() => new Date(clock));
      expect(purges).toHaveLength(2);
      expect(purges[1]!.auth).toBe("Bearer cdn-schluessel");
      expect(purges[1]!.urls).toEqual(expect.arrayContaining([expect.stringMatching(/\/politik\/gipfel-vertagt$/), expect.stringMatching(/\/rss$/)]));
      // Signed event receivers do not get purges.
      expect(received).toEqual([]);
      const [, purgeEndpoint] = await listEndpoints(admin);
      expect(purgeEndpoint).toMatchObject({ kind: "purge", events: ["purge"] });
    } finally {
      cdn.close();
    }
  });

  it("PURGE_WEBHOOK_URL becomes a purge endpoint on start (once), so its purges take the outbox too", async () => {
    const purges: { auth: string | undefined; urls: string[] }[] = [];
    const cdn = createServer(async (req, res) => {
      purges.push({ auth: req.headers.authorization, ...(JSON.parse(await read(req)) as { urls: string[] }) });
      res.writeHead(200).end();
    });
    await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
    const { reloadConfig } = await import("@server/config.mjs");
    // The operator's own address may be inside the network, without WEBHOOK_ALLOW_PRIVATE.
    const allowPrivate = process.env.WEBHOOK_ALLOW_PRIVATE;
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    process.env.PURGE_WEBHOOK_URL = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge`;
    process.env.PURGE_WEBHOOK_TOKEN = "geheim";
    reloadConfig();
    try {
      await db.webhookEndpoint.updateMany({ where: { kind: "purge" }, data: { active: false } });
      expect(await adoptConfiguredPurgeEndpoint()).toBe("created");
      expect(await adoptConfiguredPurgeEndpoint()).toBe("unchanged");
      process.env.PURGE_WEBHOOK_TOKEN = "neu";
      reloadConfig();
      expect(await adoptConfiguredPurgeEndpoint()).toBe("updated");
      expect(await db.webhookEndpoint.count({ where: { url: process.env.PURGE_WEBHOOK_URL } })).toBe(1);
      expect(await enqueuePurge(["article:politik/neu"])).toBe(1);
      await deliverDueWebhooks();
      expect(purges).toHaveLength(1);
      expect(purges[0]!.auth).toBe("Bearer neu");
      expect(purges[0]!.urls.some((u) => u.endsWith("/politik/neu"))).toBe(true);
      expect(await db.auditEvent.count({ where: { action: "webhook.create", detail: { startsWith: "PURGE_WEBHOOK_URL" } } })).toBe(1);
    } finally {
      cdn.close();
      delete process.env.PURGE_WEBHOOK_URL;
      delete process.env.PURGE_WEBHOOK_TOKEN;
      if (allowPrivate !== undefined) process.env.WEBHOOK_ALLOW_PRIVATE = allowPrivate;
      reloadConfig();
    }
  });

  it("tells partners of an image change only when readers can see the image (the Content API would answer for it)", async () => {
    const imaging = await createEndpoint(admin, { name: "Bilder", url, events: ["media.updated"] });
    const image = await db.mediaAsset.create({
      data: { id: randomBytes(12).toString("hex"), fileName: "x.jpg", type: "jpeg", bytes: 1000, width: 800, height: 600, placeholder: "", alt: "Alt", uploadedById: admin.id },
    });
    const pending = () => db.webhookDelivery.count({ where: { endpointId: imaging.id, event: "media.updated" } });
    // In no article: nothing leaves the newsroom.
    await updateImageDetails(admin, { id: image.id, version: image.version }, { alt: "Geheimer Entwurf", caption: "", credit: "" });
    expect(await pending()).toBe(0);
    // The lead image of a draft: still nothing.
    const draft = (await createArticle(admin, { ...fields("Bild im Entwurf", "Vorspann."), leadImageId: image.id })).article;
    const v2 = await db.mediaAsset.findUniqueOrThrow({ where: { id: image.id } });
    await updateImageDetails(admin, { id: image.id, version: v2.version }, { alt: "Noch geheim", caption: "", credit: "" });
    expect(await pending()).toBe(0);
    // Published: the partner hears of the next change, with what the API shows.
    await publishArticle(admin, { id: draft.id, version: draft.version });
    const v3 = await db.mediaAsset.findUniqueOrThrow({ where: { id: image.id } });
    await updateImageDetails(admin, { id: image.id, version: v3.version }, { alt: "Öffentlich", caption: "", credit: "dpa" });
    const sent = await db.webhookDelivery.findMany({ where: { endpointId: imaging.id } });
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.payload).data.image).toMatchObject({ id: image.id, alt: "Öffentlich", credit: "dpa" });
    await db.webhookEndpoint.delete({ where: { id: imaging.id } });
  });

  it("sends beside the scheduler, never inside its tick: three receivers that never answer hold nothing up", async () => {
    const silent = createServer(() => undefined); // takes the request and never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    try {
      const made = [];
      for (const name of ["Stumm 1", "Stumm 2", "Stumm 3"]) made.push(await createEndpoint(admin, { name, url: silentUrl, events: ["article.published"] }));
      const draft = (await createArticle(admin, fields("Stille Partner", "Vorspann."))).article;
      await publishArticle(admin, { id: draft.id, version: draft.version });
      const started = Date.now();
      expect(startDeliveringWebhooks()).toBe(true);
      expect(startDeliveringWebhooks()).toBe(false); // one run at a time
      expect(Date.now() - started).toBeLessThan(200); // returned at once
      for (const endpoint of made) await db.webhookEndpoint.delete({ where: { id: endpoint.id } });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
