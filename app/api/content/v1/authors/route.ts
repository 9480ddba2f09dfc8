import { contentPreflight, contentResponse } from "@/modules/content-api/http";
import { listApiAuthors } from "@/modules/content-api/queries";

export function GET(request: Request) {
  return contentResponse(request, async () => ({ data: await listApiAuthors() }));
}

export const OPTIONS = contentPreflight;
