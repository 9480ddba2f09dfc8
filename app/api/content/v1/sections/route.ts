import { contentPreflight, contentResponse } from "@/modules/content-api/http";
import { listApiSections } from "@/modules/content-api/queries";

export function GET(request: Request) {
  return contentResponse(request, async () => ({ data: await listApiSections() }));
}

export const OPTIONS = contentPreflight;
