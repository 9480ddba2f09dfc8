/** XML responses: shared caches may keep them a few minutes (they are expired on publish anyway). */
export function xmlResponse(body: string, contentType = "application/xml; charset=utf-8") {
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=600" } });
}
