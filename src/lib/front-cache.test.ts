import { describe, expect, it } from "vitest";
import { createFrontCache, keyFor, ttlOf } from "./front-cache.mjs";

const shareable = { "cache-control": "s-maxage=300, stale-while-revalidate=86100", "content-type": "text/html; charset=utf-8" };

describe("front cache: what may be served from it", () => {
  it("keys anonymous page requests by path, query and encoding, without tracking parameters", () => {
    expect(keyFor("GET", "/politik/trump?utm_source=x&fbclid=1", { "accept-encoding": "gzip, br" })).toBe("gzip /politik/trump");
    expect(keyFor("HEAD", "/politik/trump", {})).toBe("identity /politik/trump");
    expect(keyFor("GET", "/politik?seite=2&utm_medium=social", {})).toBe("identity /politik?seite=2");
    expect(keyFor("GET", "/politik?b=2&a=1", {})).toBe(keyFor("GET", "/politik?a=1&b=2", {}));
  });
  it("lets the newsroom, signed-in people, router and action requests through to the app", () => {
    expect(keyFor("POST", "/politik/trump", {})).toBeNull();
    for (const path of ["/admin", "/admin/articles/x", "/api/media", "/login", "/vorschau/abc", "/suche?q=x", "/_next/static/a.js"]) {
      expect(keyFor("GET", path, {}), path).toBeNull();
    }
    expect(keyFor("GET", "/politik/trump", { cookie: "a=b; next-auth.session-token=xyz" })).toBeNull();
    expect(keyFor("GET", "/politik/trump", { cookie: "__Secure-next-auth.session-token=xyz" })).toBeNull();
    expect(keyFor("GET", "/politik/trump", { rsc: "1" })).toBeNull();
    expect(keyFor("GET", "/politik/trump", { "next-action": "abc" })).toBeNull();
    expect(keyFor("GET", "/politik/trump", { cookie: "consent=yes" })).toBe("identity /politik/trump");
  });
  it("stores only what the app marked shareable, without cookies", () => {
    expect(ttlOf(200, shareable)).toBe(300);
    expect(ttlOf(200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(0);
    expect(ttlOf(200, { ...shareable, "set-cookie": ["a=b"] })).toBe(0);
    expect(ttlOf(500, shareable)).toBe(0);
    expect(ttlOf(200, { "cache-control": "public, max-age=60" })).toBe(0);
  });
  it("keeps a list page the proxy marked, even though browsers are told not to store it", () => {
    const dynamic = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
    expect(ttlOf(200, { ...dynamic, "x-front-cache-ttl": "60" })).toBe(60);
    expect(ttlOf(200, { ...dynamic, "x-front-cache-ttl": "60", "set-cookie": "a=b" })).toBe(0);
    const cache = createFrontCache({ quietMs: 0 });
    cache.set("k", cache.generation, 200, { ...dynamic, "x-front-cache-ttl": "60" }, Buffer.from("x"));
    expect(cache.get("k")?.headers).toEqual(dynamic);
  });
});

describe("front cache: storage", () => {
  it("serves until expiry, drops per-response headers, and never keeps what began before a purge", () => {
    let t = 0;
    const cache = createFrontCache({ now: () => t });
    const g = cache.generation;
    expect(cache.set("k", g, 200, { ...shareable, date: "x", "set-cookie": undefined }, Buffer.from("<html>"))).toBe(true);
    expect(cache.get("k")?.headers).toEqual(shareable);
    t = 299_999;
    expect(cache.get("k")?.body.toString()).toBe("<html>");
    t = 300_000;
    expect(cache.get("k")).toBeNull();

    const before = cache.generation;
    cache.set("a", before, 200, shareable, Buffer.from("alt"));
    cache.purge();
    expect(cache.get("a")).toBeNull();
    // A render that started before the purge may hold old content: refused.
    expect(cache.set("a", before, 200, shareable, Buffer.from("alt"))).toBe(false);
    // Right after a purge Next may still be expiring its own entries: nothing is kept for a moment.
    expect(cache.set("a", cache.generation, 200, shareable, Buffer.from("neu"))).toBe(false);
    t += 2_000;
    expect(cache.set("a", cache.generation, 200, shareable, Buffer.from("neu"))).toBe(true);
  });
  it("evicts the least recently used entries beyond its limits", () => {
    const cache = createFrontCache({ maxEntries: 2 });
    const g = cache.generation;
    cache.set("a", g, 200, shareable, Buffer.from("a"));
    cache.set("b", g, 200, shareable, Buffer.from("b"));
    cache.get("a");
    cache.set("c", g, 200, shareable, Buffer.from("c"));
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).not.toBeNull();
    expect(cache.size).toBe(2);
  });
});
