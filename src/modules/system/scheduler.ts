import "server-only";
import { config } from "@server/config.mjs";
import { onShutdown } from "@server/lifecycle.mjs";
import { log } from "@/lib/log";
import { assertInternalRequest, internalAuthorization, loopbackUrl as ownUrl } from "@/lib/loopback";
import { schedulerLock } from "../infrastructure";
import { processHolder } from "./lease";

// Scheduled publishing without any visitor: a timer in the server process
// knocks on its own loopback route every few seconds. The route runs the due
// publications inside a request, where Next can expire the cached reader pages
// (cache invalidation has no effect outside a request). With several app
// servers every one runs the timer, and the one holding the scheduler's lease
// publishes; if it dies, the next server to knock after the lease ran out
// takes over (SCHEDULER=off still leaves a server out entirely).

/** The route's check: only this server process knows the token. */
export function assertSchedulerRequest(authorization: string | null) {
  assertInternalRequest("scheduler", authorization);
}

/** How long a server stays the scheduler without renewing: three ticks, at least 3 s. */
export function schedulerLeaseMs() {
  return Math.max(3 * config().scheduler.intervalMs, 3000);
}

let leading = false;

/** Claims or renews the scheduler's lease for this server; false while another server holds it. */
export async function holdSchedulerLease(): Promise<boolean> {
  const held = await schedulerLock().claim("scheduler", processHolder, schedulerLeaseMs());
  if (held !== leading) log.info(held ? "scheduler.leading" : "scheduler.following", { holder: processHolder });
  leading = held;
  return held;
}

const loopbackUrl = () => ownUrl("/api/internal/publish-due");

let started = false;

export function startScheduler() {
  // With WORKERS, the first process of this server knocks; whichever process answers holds the server's lease.
  if (started || !config().scheduler.enabled || config().server.workerIndex !== 0) return;
  started = true;
  let busy = false;
  let failures = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const response = await fetch(loopbackUrl(), { method: "POST", headers: { authorization: internalAuthorization("scheduler") } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      failures = 0;
    } catch (error) {
      // The first ticks may come before the server listens; only persistent trouble is worth a line.
      if (++failures === 5) log.error("scheduler.unreachable", { url: loopbackUrl(), error });
    } finally {
      busy = false;
    }
  };
  setTimeout(tick, 500).unref();
  const timer = setInterval(tick, config().scheduler.intervalMs);
  timer.unref();
  // Stopping: no more ticks, and the lease goes at once, so another server takes over without waiting it out.
  onShutdown(async () => {
    clearInterval(timer);
    if (leading) await schedulerLock().release("scheduler", processHolder);
  });
  log.info("scheduler.started", { intervalMs: config().scheduler.intervalMs });
}
