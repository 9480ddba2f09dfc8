import { contentPreflight, contentResponse, notFound } from "@/modules/content-api/http";
import { getApiImage } from "@/modules/content-api/queries";

// An image's public variants, if published content shows it.
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return contentResponse(request, async () => {
    const image = await getApiImage((await params).id);
    if (!image) throw notFound("image");
    return { data: image };
  });
}

export const OPTIONS = contentPreflight;
