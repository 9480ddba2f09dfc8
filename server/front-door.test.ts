import { describe, expect, it } from "vitest";
import { readConfig } from "./config.mjs";
import { ACTION_BODY_LIMIT, checkActionBody, createFrontDoor } from "./front-door.mjs";

type Req = { method: string; url: string; headers: Record<string, string>; socket: { remoteAddress: string } };
const req = (method: string, url: string, headers: Record<string, string> = {}): Req => ({
  method,
  url,
  headers: { host: "news.example:3000", ...headers },
  socket: { remoteAddress: "127.0.0.1" },
});
const door = createFrontDoor(readConfig({}));
const status = (r: Req) => door.check(r as never).refusal?.status ?? 200;

describe("front door", () => {
  it("answers 400 to a path with broken percent-encoding", () => {
    expect(status(req("GET", "/politik/%E0%A4%A"))).toBe(400);
    expect(status(req("GET", "/politik/%C3%BCber?q=%"))).toBe(200);
  });

  it("lets changes through only from the site's own pages", () => {
    expect(status(req("POST", "/admin", { origin: "http://news.example:3000", "sec-fetch-site": "same-origin" }))).toBe(200);
    expect(status(req("POST", "/admin", { origin: "http://news.example:3000" }))).toBe(200);
    expect(status(req("POST", "/admin", { origin: "https://evil.example" }))).toBe(403);
    expect(status(req("POST", "/admin", { origin: "null" }))).toBe(403);
    expect(status(req("POST", "/admin"))).toBe(403);
    expect(status(req("POST", "/api/media", { origin: "http://news.example:3000", "sec-fetch-site": "cross-site" }))).toBe(403);
    expect(status(req("POST", "/api/auth/signout", { origin: "http://news.example:3000", "sec-fetch-site": "same-site" }))).toBe(403);
    // Reading is never refused for its origin.
    expect(status(req("GET", "/", { origin: "https://evil.example" }))).toBe(200);
  });

  it("counts X-Forwarded-Host only behind a trusted proxy", () => {
    const forged = { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(status(req("POST", "/admin", forged))).toBe(403);
    const behindProxy = createFrontDoor(readConfig({ TRUST_PROXY: "1" }));
    expect(behindProxy.check(req("POST", "/admin", { ...forged, origin: "https://www.example.de", "x-forwarded-host": "www.example.de" }) as never).refusal).toBeNull();
    // With the public URL configured, the forwarded host is not asked at all.
    const configured = createFrontDoor(readConfig({ TRUST_PROXY: "1", NEXTAUTH_URL: "https://www.example.de" }));
    expect(configured.check(req("POST", "/admin", forged) as never).refusal?.status).toBe(403);
  });

  it("accepts the configured public URL", () => {
    const configured = createFrontDoor(readConfig({ NEXTAUTH_URL: "https://www.example.de/" }));
    expect(configured.check(req("POST", "/admin", { origin: "https://www.example.de" }) as never).refusal).toBeNull();
  });

  it("answers 413 to a server action body over the limit, declared or sent", () => {
    expect(status(req("POST", "/admin", { origin: "http://news.example:3000", "next-action": "x", "content-length": String(ACTION_BODY_LIMIT + 1) }))).toBe(413);
    expect(checkActionBody("text/plain", Buffer.alloc(ACTION_BODY_LIMIT + 1, 32))?.status).toBe(413);
  });

  it("answers 400 to an action body that is not JSON or is nested too deeply", () => {
    expect(checkActionBody("text/plain;charset=UTF-8", Buffer.from('[{"a":"b"}]'))).toBeNull();
    expect(checkActionBody("text/plain;charset=UTF-8", Buffer.from('[{"a":'))?.status).toBe(400);
    expect(checkActionBody("text/plain;charset=UTF-8", Buffer.from("[".repeat(10_000) + "]".repeat(10_000)))?.status).toBe(400);
    // Brackets inside strings are text, not nesting.
    expect(checkActionBody("text/plain", Buffer.from(JSON.stringify(["[".repeat(500)])))).toBeNull();
  });

  it("answers 400 to a reference React's client never writes in a one-part body (Next's decoder would throw: a 500)", () => {
    const body = (args: unknown[]) => checkActionBody("text/plain;charset=UTF-8", Buffer.from(JSON.stringify(args)))?.status ?? null;
    for (const hostile of ["$S", "$1", "$@0", "$Q2", "$F1", "$K", "$T", "$nabc", "$Rx", "$"]) {
      expect(body([hostile]), hostile).toBe(400);
      expect(body([{ deep: [hostile] }]), hostile).toBe(400);
    }
    // What the client does write: escaped dollars, undefined, dates, big integers, non-finite numbers.
    expect(body(["$$S", "$undefined", "$D2026-12-07T10:00:00.000Z", "$n12345678901234567890", "$NaN", "$-Infinity", "$-0", { "$key": "plain" }, "kein $ vorne"])).toBeNull();
  });
});

describe("front door behind a TLS proxy", () => {
  it("compares the host, not the scheme the app cannot see", () => {
    expect(status(req("POST", "/admin", { origin: "https://news.example:3000" }))).toBe(200);
    expect(status(req("POST", "/admin", { origin: "https://news.example.evil:3000" }))).toBe(403);
    expect(status(req("POST", "/admin", { origin: "not a url" }))).toBe(403);
  });
});
