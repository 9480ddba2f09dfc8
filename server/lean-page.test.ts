import { describe, expect, it } from "vitest";
import { isLeanPage, leanPage } from "./lean-page.mjs";

const page = `<!DOCTYPE html><html lang="de"><head><link rel="stylesheet" href="/_next/static/css/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/><script src="/_next/static/chunks/main.js" async=""></script></head><body><script src="/reader.js" defer=""></script><main><h1>Titel</h1><script src="/live-ticker.js" defer=""></script><script type="application/ld+json">{"@type":"NewsArticle"}</script></main><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"payload"])</script></body></html>`;

describe("lean reader pages", () => {
  it("drops Next's scripts and script preloads, keeps JSON-LD, our script and the styles", () => {
    const lean = leanPage(page);
    expect(lean).not.toContain("_next/static/chunks");
    expect(lean).not.toContain("__next_f");
    expect(lean).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(lean).toContain('<script src="/reader.js" defer=""></script>');
    expect(lean).toContain('<script src="/live-ticker.js" defer=""></script>');
    expect(lean).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>');
    expect(lean).toContain("<h1>Titel</h1>");
  });

  it("leaves every other page alone (the newsroom needs its scripts)", () => {
    const newsroom = page.replace('<script src="/reader.js" defer=""></script>', "");
    expect(isLeanPage(newsroom)).toBe(false);
    expect(leanPage(newsroom)).toBe(newsroom);
  });
});
