import { contentPreflight, contentResponse } from "@/modules/content-api/http";
import { apiPages } from "@/modules/content-api/queries";

export function GET(request: Request) {
  return contentResponse(request, async () => ({ data: await apiPages() }));
}

export const OPTIONS = contentPreflight;
