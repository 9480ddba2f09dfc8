import { contentPreflight, contentResponse } from "@/modules/content-api/http";
import { listApiTags } from "@/modules/content-api/queries";

export function GET(request: Request) {
  return contentResponse(request, async () => ({ data: await listApiTags() }));
}

export const OPTIONS = contentPreflight;
