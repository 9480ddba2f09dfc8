import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, newsSitemap, rss, sitemapIndex, urlSet } from "./xml";

const tricky = "„Verhandlungen“ & <Ukraine> 'sehr eng' \u0001";

describe("XML output", () => {
  it("escapes &, <, quotes and drops control characters, keeping „…“", () => {
    expect(escapeXml(tricky)).toBe("„Verhandlungen“ &amp; &lt;Ukraine&gt; &apos;sehr eng&apos; ");
  });

  it("RSS 2.0 is well-formed and round-trips the German text", () => {
    const xml = rss(
      { title: "Redaktion", link: "https://zeitung.example/", selfLink: "https://zeitung.example/rss", description: "Nachrichten & mehr", language: "de" },
      [{ title: tricky, link: "https://zeitung.example/politik/a?x=1&y=2", description: "Vorspann „mit“ & ohne", publishedAt: "2026-11-27T09:00:00Z", category: "Politik", authors: ["Ada", "Bernd"] }],
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ htmlEntities: true }).parse(xml);
    expect(parsed.rss.channel.item.title).toBe("„Verhandlungen“ & <Ukraine> 'sehr eng'");
    expect(parsed.rss.channel.item.pubDate).toBe("Fri, 27 Nov 2026 09:00:00 GMT");
    expect(xml).toContain("x=1&amp;y=2");
  });

  it("an item with a lead image carries it as Media RSS media:content", () => {
    const xml = rss(
      { title: "Redaktion", link: "https://zeitung.example/", selfLink: "https://zeitung.example/rss", description: "Nachrichten", language: "de" },
      [
        { title: "Mit Bild", link: "https://zeitung.example/politik/a", description: "V", publishedAt: "2026-11-27T09:00:00Z", category: "Politik", authors: [], image: { url: "https://zeitung.example/media/abc/r1/share.jpg", width: 1200, height: 630, type: "image/jpeg", alt: "Der Gipfel in „Genf“" } },
        { title: "Ohne Bild", link: "https://zeitung.example/politik/b", description: "V", publishedAt: "2026-11-27T08:00:00Z", category: "Politik", authors: [] },
      ],
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml).rss.channel.item;
    expect(items[0]["media:content"]).toMatchObject({ "@_url": "https://zeitung.example/media/abc/r1/share.jpg", "@_medium": "image", "@_width": "1200", "@_height": "630", "media:description": "Der Gipfel in „Genf“" });
    expect(items[1]["media:content"]).toBeUndefined();
  });

  it("sitemaps and the news sitemap are well-formed", () => {
    for (const xml of [
      sitemapIndex([{ loc: "https://zeitung.example/sitemaps/articles-1.xml", lastmod: "2026-11-27T09:00:00Z" }]),
      urlSet([{ loc: "https://zeitung.example/politik/gr%C3%B6sse?a=1&b=2" }]),
      newsSitemap({ name: "Redaktion & Co", language: "de" }, [{ loc: "https://zeitung.example/politik/x", title: tricky, publishedAt: "2026-11-27T09:00:00Z" }]),
    ]) {
      expect(XMLValidator.validate(xml)).toBe(true);
    }
  });
});
