import { buildFeed } from "@/modules/site/feeds";
import { xmlResponse } from "@/modules/site/http";

export const dynamic = "force-dynamic"; // reads the database at request time, never at build

export async function GET() {
  return xmlResponse((await buildFeed())!, "application/rss+xml; charset=utf-8");
}
