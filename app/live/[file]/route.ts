import { FRONT_TTL_HEADER } from "@server/front-cache.mjs";
import { getLiveFeed } from "@/modules/live/queries";

// A live ticker for readers' pages to poll: /live/<articleId>.json. One
// address per ticker and nothing per reader in it, so the server's front
// cache (and nginx, and a CDN) answers every reader from one cached copy; a
// change expires it (ticker:<id>) on every server. `next` is when to ask
// again, in milliseconds, as the desk set it; null once the ticker is closed.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = /^([a-z0-9]{1,64})\.json$/.exec(file)?.[1];
  const feed = id ? await getLiveFeed(id) : null;
  if (!feed) return Response.json({ error: "Kein Liveticker unter dieser Adresse." }, { status: 404, headers: { "Cache-Control": "public, max-age=0, s-maxage=30", "X-Robots-Tag": "noindex" } });
  const body = {
    live: feed.live,
    next: feed.live ? feed.pollMs : null,
    rev: feed.rev,
    startedAt: feed.startedAt,
    endedAt: feed.endedAt,
    summary: feed.summary,
    entries: feed.entries.map((e) => ({ id: e.id, at: e.at, updatedAt: e.updatedAt, keyEvent: e.keyEvent, text: e.text, quote: e.quote, quoteBy: e.quoteBy, author: e.author })),
  };
  return Response.json(body, {
    headers: {
      // Shared caches without our purge keep it a second; the server's own front cache until the next change (it is purged then).
      "Cache-Control": "public, max-age=0, s-maxage=1",
      [FRONT_TTL_HEADER]: "300",
      "X-Robots-Tag": "noindex",
    },
  });
}
