import { SITE } from "@/lib/site";
import { getPublishedArticle } from "@/modules/articles/queries";
import { renderShareImage } from "@/modules/site/share-image";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

// The share card for an article (Open Graph, Twitter, JSON-LD image): the
// headline on the site's branded card, 1200×630. A stable address, unlike the
// hashed one of the opengraph-image file convention. Drawn with the fonts that
// ship with the app; nothing is fetched while the reader waits.
const size = { width: 1200, height: 630 };

export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const article = await getPublishedArticle(section, slug);
  if (!article) return new Response("Not found", { status: 404 });
  const headline = article.seoTitle || article.headline;
  const kicker = article.kicker || article.sectionName;
  const fontSize = headline.length > 90 ? 52 : headline.length > 50 ? 64 : 76;
  const png = await renderShareImage(
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#ffffff", padding: "64px 72px", borderTop: "24px solid #b3001b", fontFamily: "Noto Sans" }}>
      <div style={{ display: "flex", fontSize: 30, color: "#b3001b", fontWeight: 700, textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
      <div style={{ display: "flex", fontSize, lineHeight: 1.12, color: "#111111", fontWeight: 700 }}>{headline}</div>
      <div style={{ display: "flex", fontSize: 32, color: "#444444", fontWeight: 400 }}>{SITE.name}</div>
    </div>,
    `${kicker} ${headline} ${SITE.name}`,
    size,
  );
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Content-Length": String(png.length), "Cache-Control": "public, max-age=300, s-maxage=86400, stale-while-revalidate=86400" },
  });
}
