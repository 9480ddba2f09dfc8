import { describe, expect, it } from "vitest";
import type { ReaderArticle } from "../articles/dto";
import { jsonLdScript, newsArticleJsonLd } from "./jsonld";

const article: ReaderArticle = {
  id: "a1",
  kicker: "",
  headline: "Trump geht auf Putin zu! </script><script>alert(1)</script>",
  teaser: "„Verhandlungen“ über die Beendigung des Krieges",
  path: "/politik/trump-geht-auf-putin-zu",
  sectionName: "Politik",
  publishedAt: "2026-11-27T09:00:00.000Z",
  body: { type: "doc", content: [] },
  image: null,
  live: false,
  images: {},
  sectionSlug: "politik",
  dateline: "",
  credit: "",
  seoTitle: "",
  seoDescription: "",
  correction: { note: "Zahl korrigiert", at: "2026-11-27T12:00:00.000Z" },
  authors: [
    { id: "u1", name: "Ada Admin", path: "/autor/ada-admin" },
    { id: "u2", name: "Bernd Beispiel", path: "/autor/bernd-beispiel" },
  ],
  tags: [],
  updatedAt: "2026-11-27T12:00:00.000Z",
};

describe("NewsArticle JSON-LD", () => {
  const data = newsArticleJsonLd(article, { name: "Redaktion", url: "https://zeitung.example" });
  it("carries headline, dates, authors, publisher, section and image", () => {
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2026-11-27T09:00:00.000Z",
      dateModified: "2026-11-27T12:00:00.000Z",
      articleSection: "Politik",
      url: "https://zeitung.example/politik/trump-geht-auf-putin-zu",
      image: ["https://zeitung.example/og/politik/trump-geht-auf-putin-zu"],
      publisher: { "@type": "Organization", name: "Redaktion" },
    });
    expect(data.author.map((a) => a.name)).toEqual(["Ada Admin", "Bernd Beispiel"]);
    expect(data.description).toBe("„Verhandlungen“ über die Beendigung des Krieges");
  });
  it("uses the lead image's crops and share image when there is one", () => {
    const image = { id: "a".repeat(24), rev: 3, width: 2000, height: 1500, alt: "Zwei Männer", placeholder: "", caption: "", credit: "Foto: dpa" };
    const withImage = newsArticleJsonLd({ ...article, image }, { name: "R", url: "https://z.example" });
    expect(withImage.image).toEqual([
      `https://z.example/media/${image.id}/r3/wide-1600.webp`,
      `https://z.example/media/${image.id}/r3/square-800.webp`,
      `https://z.example/media/${image.id}/r3/share.jpg`,
    ]);
  });
  it("without a correction, dateModified is the publication time", () => {
    expect(newsArticleJsonLd({ ...article, correction: null }, { name: "R", url: "https://z.example" }).dateModified).toBe(article.publishedAt);
  });
  it("cannot close its script element", () => {
    const script = jsonLdScript(data);
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).headline).toContain("</script>");
  });
});
