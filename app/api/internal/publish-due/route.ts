import { isAppError } from "@/lib/errors";
import { publishDueArticles, purgeExpiredTrash } from "@/modules/articles/transitions";
import { publishDueFronts } from "@/modules/fronts/service";
import { startDeliveringWebhooks } from "@/modules/webhooks/deliver";
import { completeUnfinishedImages } from "@/modules/media/variant-maker";
import { purge } from "@/modules/system/purge";
import { assertSchedulerRequest, holdSchedulerLease } from "@/modules/system/scheduler";

// Called by the server's own scheduler timer (src/modules/system/scheduler.ts).
export async function POST(request: Request) {
  try {
    assertSchedulerRequest(request.headers.get("authorization"));
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
  // One server publishes at a time; the others knock and step back.
  if (!(await holdSchedulerLease())) return Response.json({ published: 0, leader: false }, { headers: { "Cache-Control": "no-store" } });
  const result = await publishDueArticles();
  // Scheduled front layouts after the articles they may place, and fronts whose pins ran out.
  const fronts = await publishDueFronts();
  await purge([...result.invalidate, ...fronts.invalidate]);
  // The trash past its retention period (already off the site: no cache to expire).
  await purgeExpiredTrash();
  // Webhooks from the outbox: this server holds the lease, so each event is sent once. Not awaited:
  // the next tick (and its scheduled articles) never waits for a partner that is slow to answer.
  const webhooks = startDeliveringWebhooks();
  // Images whose variants a stopped server left half made (once a minute at most, in the background).
  await completeUnfinishedImages();
  return Response.json({ published: result.published.length, fronts: fronts.changed.length, webhooks: webhooks ? "started" : "running", leader: true }, { headers: { "Cache-Control": "no-store" } });
}
