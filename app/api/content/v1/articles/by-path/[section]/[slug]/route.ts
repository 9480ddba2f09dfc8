import { contentPreflight, contentResponse, notFound, parseQuery } from "@/modules/content-api/http";
import { getApiArticleByPath } from "@/modules/content-api/queries";
import { fieldsQuerySchema } from "@/modules/content-api/schema";

// The article a reader URL /<section>/<slug> shows.
export function GET(request: Request, { params }: { params: Promise<{ section: string; slug: string }> }) {
  return contentResponse(request, async () => {
    const { fields } = parseQuery(fieldsQuerySchema, request);
    const { section, slug } = await params;
    const article = await getApiArticleByPath(section, slug, fields);
    if (!article) throw notFound("article");
    return { data: article };
  });
}

export const OPTIONS = contentPreflight;
