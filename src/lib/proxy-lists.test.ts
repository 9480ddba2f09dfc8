import { describe, expect, it } from "vitest";
import { isReaderList } from "../../proxy";

describe("which pages the proxy marks as reader lists", () => {
  it("home, sections, tags and authors", () => {
    for (const path of ["/", "/politik", "/thema/ukraine-krieg", "/autor/cmwyoh8c60005ns7d8f4wiyxf"]) expect(isReaderList(path), path).toBe(true);
  });
  it("not sign-in, search, feeds, the newsroom, articles or anything with a dot", () => {
    for (const path of ["/login", "/setup", "/suche", "/rss", "/admin", "/api", "/vorschau", "/media", "/politik/trump-geht-auf-putin-zu", "/sitemap.xml", "/thema", "/thema/a/b", "/Politik"]) {
      expect(isReaderList(path), path).toBe(false);
    }
  });
});
