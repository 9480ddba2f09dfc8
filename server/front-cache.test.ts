import { describe, expect, it } from "vitest";
import { createFrontCache, keyFor, scopeForTags, ttlOf } from "./front-cache.mjs";

const shareable = { "cache-control": "s-maxage=300, stale-while-revalidate=86100", "content-type": "text/html; charset=utf-8" };

describe("front cache: what may be served from it", () => {
  it("keys anonymous page requests by path, query and encoding, without tracking parameters", () => {
    expect(keyFor("GET", "/politik/trump?utm_source=x&fbclid=1", { "accept-encoding": "gzip, br" })).toBe("gzip /politik/trump");
    expect(keyFor("HEAD", "/politik/trump", {})).toBe("identity /politik/trump");
    expect(keyFor("GET", "/politik?seite=2&utm_medium=social", {})).toBe("identity /politik?seite=2");
    expect(keyFor("GET", "/politik?b=2&a=1", {})).toBe(keyFor("GET", "/politik?a=1&b=2", {}));
    expect(keyFor("GET", "/suche?q=Ukraine&seite=2", {})).toBe("identity /suche?q=Ukraine&seite=2");
  });
  it("lets the newsroom, signed-in people, router and action requests through to the app", () => {
    expect(keyFor("POST", "/politik/trump", {})).toBeNull();
    for (const path of ["/admin", "/admin/articles/x", "/api/media", "/login", "/vorschau/abc", "/_next/static/a.js"]) {
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
  it("keeps a page the proxy marked for it (search results), even though browsers are told not to store it", () => {
    const dynamic = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
    expect(ttlOf(200, { ...dynamic, "x-front-cache-ttl": "60" })).toBe(60);
    expect(ttlOf(200, { ...dynamic, "x-front-cache-ttl": "60", "set-cookie": "a=b" })).toBe(0);
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    t += 1;
    cache.set("gzip /", started, 200, { ...dynamic, "x-front-cache-ttl": "60" }, Buffer.from("x"));
    expect(cache.get("gzip /")?.headers).toEqual(dynamic);
  });
});

describe("front cache: storage and purging", () => {
  const html = (s: string) => Buffer.from(s);
  it("serves until expiry and drops per-response headers", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    t += 1;
    expect(cache.set("identity /politik/a", started, 200, { ...shareable, date: "x", "set-cookie": undefined }, html("<html>"))).toBe(true);
    expect(cache.get("identity /politik/a")?.headers).toEqual(shareable);
    t += 299_999; // stored at 1,001 for 300 s
    expect(cache.get("identity /politik/a")?.body.toString()).toBe("<html>");
    t += 1;
    expect(cache.get("identity /politik/a")).toBeNull();
  });

  it("a correction drops that article's page and the lists, and leaves other articles cached", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t, quietMs: 300 });
    const started = cache.begin();
    t += 1;
    for (const key of ["gzip /politik/a", "gzip /politik/b", "gzip /", "gzip /politik?seite=2", "gzip /thema/krieg", "gzip /rss"]) cache.set(key, started, 200, shareable, html(key));
    cache.purge(scopeForTags(["articles:published", "article:politik/a"]));
    expect(cache.get("gzip /politik/b")).not.toBeNull();
    for (const key of ["gzip /politik/a", "gzip /", "gzip /politik?seite=2", "gzip /thema/krieg", "gzip /rss"]) expect(cache.get(key), key).toBeNull();
  });

  it("never keeps a page rendered before its purge, nor for a moment after it", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t, quietMs: 300 });
    const before = cache.begin();
    t += 5;
    cache.purge(scopeForTags(["article:politik/a"]));
    t += 5;
    // Began before the purge: may hold the old text.
    expect(cache.set("gzip /politik/a", before, 200, shareable, html("alt"))).toBe(false);
    // Began after, but Next may still be expiring its own copy.
    expect(cache.set("gzip /politik/a", cache.begin(), 200, shareable, html("neu"))).toBe(false);
    // Other pages are not held back.
    expect(cache.set("gzip /politik/b", before, 200, shareable, html("b"))).toBe(true);
    t += 300;
    const after = cache.begin();
    t += 1;
    expect(cache.set("gzip /politik/a", after, 200, shareable, html("neu"))).toBe(true);
  });

  it("a section or image change empties everything", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    t += 1;
    cache.set("gzip /politik/b", started, 200, shareable, html("b"));
    cache.purge(scopeForTags(["site:sections"]));
    expect(cache.get("gzip /politik/b")).toBeNull();
    expect(scopeForTags(["article:politik/a", "articles:published"])).toEqual({ paths: ["/politik/a", "/og/politik/a"], lists: true, all: false });
  });

  it("a revoked API key (a memo: tag) touches no page", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    t += 1;
    cache.set("gzip /politik/b", started, 200, shareable, html("b"));
    const scope = scopeForTags(["memo:api-keys"]);
    expect(scope).toEqual({ paths: [], lists: false, all: false });
    cache.purge(scope);
    expect(cache.get("gzip /politik/b")).not.toBeNull();
  });

  it("a breaking-news change drops only the banner's own address, and a banner begun before it is not kept", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    t += 1;
    cache.set("gzip /eilmeldung.json", started, 200, shareable, html("{}"));
    cache.set("gzip /", started, 200, shareable, html("home"));
    cache.set("gzip /politik/b", started, 200, shareable, html("b"));
    cache.purge(scopeForTags(["site:breaking"]));
    expect(cache.get("gzip /eilmeldung.json")).toBeNull();
    expect(cache.get("gzip /")).not.toBeNull();
    expect(cache.get("gzip /politik/b")).not.toBeNull();
    t += 1000;
    expect(cache.set("gzip /eilmeldung.json", started, 200, shareable, html("{}"))).toBe(false);
  });

  it("a front's layout drops only that front, a ticker change only the ticker's address", () => {
    const cache = createFrontCache();
    const started = cache.begin() - 1000;
    for (const key of ["gzip /", "gzip /politik", "gzip /politik?seite=2", "gzip /politik/b", "gzip /live/abc.json"]) cache.set(key, started, 200, shareable, html(key));
    expect(scopeForTags(["front:/politik", "ticker:abc"])).toEqual({ paths: ["/politik", "/live/abc.json"], lists: false, all: false });
    cache.purge(scopeForTags(["front:/politik"]));
    expect(cache.get("gzip /politik")).toBeNull();
    expect(cache.get("gzip /politik?seite=2")).toBeNull();
    expect(cache.get("gzip /")).not.toBeNull();
    expect(cache.get("gzip /politik/b")).not.toBeNull();
    cache.purge(scopeForTags(["ticker:abc"]));
    expect(cache.get("gzip /live/abc.json")).toBeNull();
    expect(cache.get("gzip /")).not.toBeNull();
  });

  it("tells whether a page was purged since a request began (a shared answer begun before it may be stale)", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    const started = cache.begin();
    expect(cache.purgedSince("gzip /live/abc.json", started)).toBe(false);
    t += 5;
    cache.purge(scopeForTags(["ticker:abc"]));
    expect(cache.purgedSince("gzip /live/abc.json", started)).toBe(true);
    expect(cache.purgedSince("gzip /politik/b", started)).toBe(false);
    expect(cache.purgedSince("gzip /live/abc.json", cache.begin() + 1)).toBe(false);
  });

  it("evicts the least recently used entries beyond its limits", () => {
    let t = 1000;
    const cache = createFrontCache({ maxEntries: 2, now: () => t });
    const started = cache.begin();
    t += 1;
    cache.set("a", started, 200, shareable, html("a"));
    cache.set("b", started, 200, shareable, html("b"));
    cache.get("a");
    cache.set("c", started, 200, shareable, html("c"));
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).not.toBeNull();
    expect(cache.size).toBe(2);
  });
});
