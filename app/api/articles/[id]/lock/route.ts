import { isSameOrigin } from "@/lib/http-body";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { releaseLock } from "@/modules/articles/locks";
import { getCurrentUser } from "@/modules/auth/session";

// The editor's goodbye: navigator.sendBeacon posts the tab's id here when the
// tab closes or navigates away, and the tab's editing lock is let go (a
// beacon gets no answer anyone reads; the status codes are for the log and tests).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const actor = await getCurrentUser();
  if (!actor) return new Response(null, { status: 401 });
  const clientId = (await request.text()).slice(0, 100).trim();
  try {
    const { released } = await releaseLock(actor, (await params).id, clientId);
    return new Response(null, { status: released ? 204 : 404, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: 400 });
    log.error("article.lock-release-failed", { error });
    return new Response(null, { status: 500 });
  }
}
