import { invalidateTags } from "@/lib/cache";
import { isAppError } from "@/lib/errors";
import { publishDueArticles } from "@/modules/articles/transitions";
import { assertSchedulerRequest } from "@/modules/system/scheduler";

// Called by the server's own scheduler timer (src/modules/system/scheduler.ts).
export async function POST(request: Request) {
  try {
    assertSchedulerRequest(request.headers.get("authorization"));
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
  const result = await publishDueArticles();
  invalidateTags(result.invalidate);
  return Response.json({ published: result.published.length }, { headers: { "Cache-Control": "no-store" } });
}
