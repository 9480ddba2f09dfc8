import { z } from "zod";
import { expireLocally } from "@/lib/cache";
import { isAppError } from "@/lib/errors";
import { assertInternalRequest } from "@/lib/loopback";

// Called by this server's own purge-bus subscriber (src/modules/system/purge.ts)
// when another app server expired cache tags.
const body = z.object({ tags: z.array(z.string().min(1).max(300)).min(1).max(500) });

export async function POST(request: Request) {
  try {
    assertInternalRequest("expire", request.headers.get("authorization"));
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Expected { tags: string[] }." }, { status: 400 });
  expireLocally(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length }, { headers: { "Cache-Control": "no-store" } });
}
