import { contentPreflight, contentResponse, notFound, parseQuery } from "@/modules/content-api/http";
import { getApiArticle } from "@/modules/content-api/queries";
import { fieldsQuerySchema } from "@/modules/content-api/schema";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return contentResponse(request, async () => {
    const { fields } = parseQuery(fieldsQuerySchema, request);
    const article = await getApiArticle((await params).id, fields);
    if (!article) throw notFound("article");
    return { data: article };
  });
}

export const OPTIONS = contentPreflight;
