import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// Webhook addresses inside the house are refused at registration and again
// at delivery, after resolution; only WEBHOOK_ALLOW_PRIVATE=1 lets them through.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));
delete process.env.WEBHOOK_ALLOW_PRIVATE;
setUpTestDatabase();
const { db } = await import("@/lib/db");
const { reloadConfig } = await import("@server/config.mjs");
const { makeActor } = await import("../auth/actor");
const { checkTargetAddress, isInsideAddress, guardedLookup } = await import("./target");
const { createEndpoint, listEndpoints } = await import("./service");
const { deliverDueWebhooks, describeFailure } = await import("./deliver");
const { messageIn } = await import("@/i18n/translator");

const INSIDE = [
  "http://127.0.0.1:6379/",
  "http://127.1/",
  "http://2130706433/",
  "http://0x7f.0.0.1/",
  "http://017700000001/",
  "http://localhost:3000/api/internal/publish-due",
  "http://LOCALHOST./",
  "http://app.localhost/",
  "http://[::1]/",
  "http://[::]/",
  "http://0.0.0.0/",
  "http://0/",
  "http://10.1.2.3/",
  "http://172.16.0.1/",
  "http://192.168.1.1/",
  "http://169.254.169.254/latest/meta-data/",
  "http://100.64.0.1/",
  "http://[fd00::1]/",
  "http://[fe80::1]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:7f00:1]/",
  "http://[64:ff9b::a00:1]/",
  "http://redis:6379/",
  "http://db.internal/",
];

describe("webhook targets", () => {
  let admin: ReturnType<typeof makeActor>;
  beforeAll(async () => {
    reloadConfig();
    const user = await db.user.create({ data: { name: "Ada Admin", email: "ada@example.org", role: "ADMIN", passwordHash: "x" } });
    admin = makeActor({ id: user.id, role: "ADMIN", name: user.name, email: user.email, ip: "127.0.0.1" });
  });
  afterAll(() => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    reloadConfig();
  });

  it("knows the inside ranges, however the address is written", () => {
    for (const a of ["127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.1.1", "0.0.0.0", "100.127.0.1", "::1", "::", "fc00::1", "fe80::abcd", "::ffff:10.0.0.1", "::ffff:a00:1", "ff02::1", "224.0.0.1"]) {
      expect(isInsideAddress(a), a).toBe(true);
    }
    for (const a of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8"]) expect(isInsideAddress(a), a).toBe(false);
  });

  it("refuses every inside address, credentials and control characters at registration, and stores nothing", async () => {
    const before = await db.webhookEndpoint.count();
    for (const url of INSIDE) {
      expect(checkTargetAddress(url).ok, url).toBe(false);
      await expect(createEndpoint(admin, { name: "Innen", url, events: ["article.published"] }), url).rejects.toMatchObject({ code: "VALIDATION" });
    }
    for (const url of ["https://user:pass@partner.example/hook", "https://:secret@partner.example/", "https://partner.example/\t/x", "https://partner.example/a b", "/\t/evil.example", "javascript:alert(1)", "ftp://partner.example/"]) {
      await expect(createEndpoint(admin, { name: "Falsch", url, events: ["article.published"] }), url).rejects.toMatchObject({ code: "VALIDATION" });
    }
    expect(await db.webhookEndpoint.count()).toBe(before);
    const refused = await createEndpoint(admin, { name: "Innen", url: "http://127.0.0.1:6379/", events: ["article.published"] }).catch((e: { fieldErrors: Record<string, string[]> }) => e.fieldErrors);
    expect(messageIn("de", (refused as Record<string, string[]>).url![0]!)).toMatch(/eigene Netz/);
  });

  it("refuses a CDN key with a line break in it (it could never be sent)", async () => {
    await expect(createEndpoint(admin, { name: "CDN", kind: "purge", url: "https://93.184.216.34/purge", token: "abc\r\nX-Evil: 1" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("normalises the name: no NUL, no direction override", async () => {
    const made = await createEndpoint(admin, { name: "Part\u0000ner \u202Eevil", url: "https://93.184.216.34/hook", events: ["article.published"] });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: made.id } })).name).toBe("Partner evil");
    await db.webhookEndpoint.delete({ where: { id: made.id } });
  });

  it("refuses at delivery a name that resolves inside, without opening a connection, and says so without internal detail", async () => {
    let hits = 0;
    const inside = createServer((_req, res) => {
      hits++;
      res.end();
    });
    await new Promise<void>((resolve) => inside.listen(0, "127.0.0.1", resolve));
    const port = (inside.address() as AddressInfo).port;
    try {
      // Stored as it might have been before this check, or by a name that resolved outside at registration.
      const endpoint = await db.webhookEndpoint.create({ data: { name: "Umgezogen", url: `http://localhost:${port}/hook`, kind: "webhook", events: "article.published", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", createdById: admin.id } });
      const credentialed = await db.webhookEndpoint.create({ data: { name: "Alt", url: `http://user:geheim@127.0.0.1:${port}/hook`, kind: "webhook", events: "article.published", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", createdById: admin.id } });
      for (const e of [endpoint, credentialed]) await db.webhookDelivery.create({ data: { id: `msg_${e.id}`, endpointId: e.id, event: "article.published", subject: "article:x", payload: "{}" } });
      await deliverDueWebhooks();
      expect(hits).toBe(0);
      const rows = await listEndpoints(admin);
      const shown = rows.filter((r) => r.id === endpoint.id || r.id === credentialed.id);
      for (const row of shown) {
        expect(row.deliveries[0]!.lastError).toMatch(/^refused/);
        expect(row.url).not.toContain("geheim");
        expect(JSON.stringify(row)).not.toContain("geheim");
      }
      await new Promise<void>((resolve, reject) =>
        guardedLookup("localhost", {}, (error) => (error ? resolve() : reject(new Error("localhost resolved for a delivery")))),
      );
    } finally {
      inside.close();
    }
  });

  it("describes failures in its own words, never echoing what the error carried", () => {
    expect(describeFailure(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:6379"), { code: "ECONNREFUSED" }))).toBe("connection refused");
    expect(describeFailure(new TypeError("Request cannot be constructed from a URL that includes credentials: http://u:p@x/"))).toBe("could not connect");
    expect(describeFailure(Object.assign(new Error("x"), { name: "TimeoutError" }))).toMatch(/no answer/);
  });

  it("lets a newsroom deliver inside its own network when WEBHOOK_ALLOW_PRIVATE=1 says so", () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    reloadConfig();
    try {
      expect(checkTargetAddress("http://127.0.0.1:8080/hook").ok).toBe(true);
      expect(checkTargetAddress("http://user:pass@127.0.0.1:8080/hook").ok).toBe(false); // credentials never
    } finally {
      delete process.env.WEBHOOK_ALLOW_PRIVATE;
      reloadConfig();
    }
  });
});
