import { buildFeed } from "@/modules/site/feeds";
import { xmlResponse } from "@/modules/site/http";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const feed = await buildFeed((await params).section);
  return feed ? xmlResponse(feed, "application/rss+xml; charset=utf-8") : new Response("Not found", { status: 404 });
}
