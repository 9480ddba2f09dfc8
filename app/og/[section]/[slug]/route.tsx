import { ImageResponse } from "next/og";
import { SITE } from "@/lib/site";
import { getPublishedArticle } from "@/modules/articles/queries";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

// The share card for an article (Open Graph, Twitter, JSON-LD image): the
// headline on the site's branded card, 1200×630. A stable address, unlike the
// hashed one of the opengraph-image file convention.
const size = { width: 1200, height: 630 };

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) return new Response("Not found", { status: 404 });
  const headline = article.seoTitle || article.headline;
  const fontSize = headline.length > 90 ? 52 : headline.length > 50 ? 64 : 76;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#ffffff", padding: "64px 72px", borderTop: "24px solid #b3001b" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#b3001b", fontWeight: 700, textTransform: "uppercase", letterSpacing: 2 }}>{article.kicker || article.sectionName}</div>
        <div style={{ display: "flex", fontSize, lineHeight: 1.12, color: "#111111", fontWeight: 700 }}>{headline}</div>
        <div style={{ display: "flex", fontSize: 32, color: "#444444" }}>{SITE.name}</div>
      </div>
    ),
    { ...size, headers: { "Cache-Control": "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400" } },
  );
}
