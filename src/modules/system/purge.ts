import "server-only";
import { setPurgeBroadcast } from "@/lib/cache";
import { onShutdown } from "@/lib/lifecycle.mjs";
import { log } from "@/lib/log";
import { internalAuthorization, loopbackUrl } from "@/lib/loopback";
import { createPurgeBus } from "@/lib/purge-bus";
import { redis, redisConfigured, redisSubscriber } from "@/lib/redis";
import { TAGS } from "../articles/cache-tags";

let started = false;

/**
 * With REDIS_URL: purges made on this server reach every other one, and
 * theirs reach this one (src/lib/purge-bus.ts). A purge from elsewhere is
 * applied through this server's loopback route, inside a request, where Next
 * can expire its caches.
 */
export function startPurgeBus() {
  if (started || !redisConfigured()) return;
  started = true;
  const bus = createPurgeBus({
    publisher: redis(),
    subscriber: redisSubscriber(),
    everything: TAGS.everything,
    deliver: async (tags) => {
      const response = await fetch(loopbackUrl("/api/internal/expire"), {
        method: "POST",
        headers: { authorization: internalAuthorization("expire"), "content-type": "application/json" },
        body: JSON.stringify({ tags }),
      });
      if (!response.ok) throw new Error(`expire route answered ${response.status}`);
      log.info("purge.received", { tags: tags.length });
    },
    onError: (error) => log.warn("purge.bus-error", { error }),
  });
  setPurgeBroadcast((tags) => bus.publish(tags));
  onShutdown(() => bus.close());
  log.info("purge.bus-started", { id: bus.id });
}
