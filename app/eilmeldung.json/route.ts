import { currentBreakingNews } from "@/modules/breaking/queries";

// The breaking-news banner for every reader page (src/components/site/BreakingBanner.tsx
// fetches it): one small cached answer for all readers, expired when an editor
// sets or ends the banner, so no page is rendered again for it.
export const dynamic = "force-dynamic";

export async function GET() {
  const current = await currentBreakingNews();
  const secondsLeft = current?.endsAt ? Math.ceil((Date.parse(current.endsAt) - Date.now()) / 1000) : Number.POSITIVE_INFINITY;
  // Kept at most 5 s by shared caches, less when it ends sooner: an ended banner disappears on time.
  const shared = Math.max(1, Math.min(5, secondsLeft));
  return Response.json(current ? { id: current.id, text: current.text, href: current.href } : {}, {
    headers: { "Cache-Control": `public, max-age=0, s-maxage=${shared}`, "X-Robots-Tag": "noindex" },
  });
}
