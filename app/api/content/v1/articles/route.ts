import { contentPreflight, contentResponse, parseQuery } from "@/modules/content-api/http";
import { listApiArticles } from "@/modules/content-api/queries";
import { articleQuerySchema } from "@/modules/content-api/schema";

// GET /api/content/v1/articles?section=&tag=&author=&updated_since=&limit=&cursor=&fields=
export function GET(request: Request) {
  return contentResponse(request, () => listApiArticles(parseQuery(articleQuerySchema, request)));
}

export const OPTIONS = contentPreflight;
