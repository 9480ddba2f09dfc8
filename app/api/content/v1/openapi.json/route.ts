import { siteUrl } from "@/lib/site";
import { openApiDocument } from "@/modules/content-api/openapi";

// The API's description, open to anyone (no key): generated from the schemas the routes answer with.
export function GET() {
  return Response.json(openApiDocument(siteUrl()), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
