import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFrontCache, scopeForTags } from "./front-cache.mjs";
import { articleAddress, coverOf, isReaderList, READER_ROUTES, refreshPaths, RESERVED_SLUGS, TAGS } from "./reader-routes.mjs";

const root = path.resolve(import.meta.dirname, "..");

/** Every reader route under app/, as its folders spell it: pages and route handlers outside the newsroom, sign-in and API. */
function readerRoutesInApp(): string[] {
  const routes: string[] = [];
  const visit = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (["(editor)", "(auth)", "api"].includes(entry.name) && segments.length === 0) continue;
        // Route groups "(site)" add no segment to the address.
        visit(path.join(dir, entry.name), entry.name.startsWith("(") ? segments : [...segments, entry.name]);
      } else if (/^(page\.tsx|route\.tsx?)$/.test(entry.name)) {
        routes.push(`/${segments.join("/")}`);
      } else if (segments.length === 0 && entry.name === "robots.ts") routes.push("/robots.txt");
      else if (segments.length === 0 && entry.name === "manifest.ts") routes.push("/manifest.webmanifest");
    }
  };
  visit(path.join(root, "app"), []);
  return routes.sort();
}

describe("every reader route has the tags that expire it", () => {
  it("lists every reader route under app/ (a new route without its tags fails here)", () => {
    expect(Object.keys(READER_ROUTES).sort()).toEqual(readerRoutesInApp());
  });

  for (const [route, { example, tags, uncached }] of Object.entries(READER_ROUTES)) {
    if (uncached) continue;
    it(`${route}: its tags drop ${example} from the front cache`, () => {
      expect(tags, route).toBeDefined();
      for (const tag of [...tags!, TAGS.everything]) {
        let t = 1000;
        const cache = createFrontCache({ now: () => t });
        const key = `gzip ${example}`;
        cache.set(key, cache.begin(), 200, { "cache-control": "s-maxage=60" }, Buffer.from("alt"));
        expect(cache.get(key), `${route} stored`).not.toBeNull();
        t += 1;
        cache.purge(scopeForTags([tag]));
        expect(cache.get(key), `${tag} drops ${example}`).toBeNull();
      }
    });
  }

  for (const [route, { example, tags, uncached, unlisted, namedBy }] of Object.entries(READER_ROUTES)) {
    if (uncached || unlisted) continue;
    it(`${route}: nginx and the CDN are told ${example}`, () => {
      for (const tag of namedBy ?? tags!) expect(refreshPaths([tag]), `${tag} names ${example}`).toContain(example);
    });
  }

  it("a standalone page's tag names its address to proxies, and renders every page again (the footer links it)", () => {
    let t = 1000;
    const cache = createFrontCache({ now: () => t });
    for (const path of ["/impressum", "/politik/haushalt-beschlossen"]) cache.set(`gzip ${path}`, cache.begin(), 200, { "cache-control": "s-maxage=60" }, Buffer.from("alt"));
    t += 1;
    cache.purge(scopeForTags([TAGS.page("impressum")]));
    for (const path of ["/impressum", "/politik/haushalt-beschlossen"]) expect(cache.get(`gzip ${path}`), path).toBeNull();
    expect(refreshPaths([TAGS.page("impressum")])).toEqual(expect.arrayContaining(["/impressum", "/"]));
  });

  it("the ticker feed goes with its ticker and with its article's change", () => {
    expect(refreshPaths([TAGS.ticker("abc")])).toEqual(["/live/abc.json"]);
  });

  it("a tag for the memory caches covers no page; an unknown kind covers everything", () => {
    expect(coverOf([TAGS.apiKeys])).toEqual({ all: false, lists: false, pages: [], sections: [] });
    expect(coverOf(["neu:etwas"]).all).toBe(true);
    for (const tag of [TAGS.withdrawn, TAGS.sections, TAGS.pages, TAGS.authors, TAGS.everything]) expect(coverOf([tag]).all, tag).toBe(true);
  });
});

describe("which addresses are reader lists and articles", () => {
  it("home, sections, tags and authors are lists", () => {
    for (const p of ["/", "/politik", "/thema/ukraine-krieg", "/autor/cmwyoh8c60005ns7d8f4wiyxf"]) expect(isReaderList(p), p).toBe(true);
  });
  it("not sign-in, search, feeds, the newsroom, articles or anything with a dot", () => {
    for (const p of ["/login", "/setup", "/suche", "/rss", "/admin", "/api", "/vorschau", "/media", "/politik/trump-geht-auf-putin-zu", "/sitemap.xml", "/thema", "/thema/a/b", "/Politik", "/politik-", "/a--b"]) {
      expect(isReaderList(p), p).toBe(false);
    }
  });
  it("an article is /<section>/<slug> under a section name the site does not keep for itself", () => {
    expect(articleAddress("/politik/haushalt-beschlossen")).toEqual({ section: "politik", slug: "haushalt-beschlossen" });
    for (const p of ["/thema/klima", "/autor/anna", "/og/politik", "/rss/politik", "/politik", "/politik/a/b", "/Politik/a", "/politik/a.json"]) expect(articleAddress(p), p).toBeNull();
    for (const reserved of RESERVED_SLUGS) expect(articleAddress(`/${reserved}/x`), reserved).toBeNull();
  });
});
