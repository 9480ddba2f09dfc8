import http from "node:http";
import { describe, expect, it } from "vitest";
import { reloadConfig } from "../config.mjs";
import { notifyProxies, pathsForTags, urlsForTags } from "./proxies.mjs";

describe("CDN purge", () => {
  process.env.SITE_URL = "https://zeitung.example";
  reloadConfig();
  it("names the article, its share image, section, feeds and the lists", () => {
    const urls = urlsForTags(["articles:published", "article:politik/trump-geht-auf-putin-zu"]);
    expect(urls).toEqual(
      expect.arrayContaining([
        "https://zeitung.example/politik/trump-geht-auf-putin-zu",
        "https://zeitung.example/og/politik/trump-geht-auf-putin-zu",
        "https://zeitung.example/politik",
        "https://zeitung.example/rss/politik",
        "https://zeitung.example/",
        "https://zeitung.example/rss",
        "https://zeitung.example/sitemaps/news.xml",
      ]),
    );
  });

});

describe("refreshing nginx's micro-cache", () => {
  it("fetches each changed page through every nginx with the refresh token; a missing token is a configuration error", async () => {
    const seen: { path?: string; token?: string | string[] }[] = [];
    const proxy = http.createServer((req, res) => {
      seen.push({ path: req.url, token: req.headers["x-redaktion-refresh"] });
      res.end("<html></html>");
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as { port: number };
    process.env.PROXY_REFRESH_URLS = `http://127.0.0.1:${port}/`;
    delete process.env.PROXY_REFRESH_TOKEN;
    expect(() => reloadConfig()).toThrow(/PROXY_REFRESH_TOKEN must be set/);
    process.env.PROXY_REFRESH_TOKEN = "auffrischen";
    reloadConfig();
    notifyProxies(["article:kultur/premiere", "articles:published"]);
    const expected = pathsForTags(["article:kultur/premiere", "articles:published"]);
    expect(expected).toEqual(expect.arrayContaining(["/kultur/premiere", "/kultur", "/"]));
    await expect.poll(() => seen.length).toBe(expected.length);
    expect(seen.map((s) => s.path).sort()).toEqual([...expected].sort());
    expect(new Set(seen.map((s) => s.token))).toEqual(new Set(["auffrischen"]));
    proxy.close();
    delete process.env.PROXY_REFRESH_URLS;
    delete process.env.PROXY_REFRESH_TOKEN;
    reloadConfig();
  });
});
