import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { GIVE_UP_AFTER_MS, nextAttemptDelay } from "./events";
import { signedHeaders } from "./sign";

// Delivery from the outbox, by the server holding the scheduler's lease (one
// sender however many servers run). Per endpoint one request at a time;
// events about the same thing (one article) go out in the order they
// happened: a later one waits while an earlier one is being retried. A failed
// attempt is retried with growing pauses for 24 hours, then marked failed.

const TIMEOUT_MS = 10_000;
/** One tick never spends longer than this sending (the next tick carries on). */
const TICK_BUDGET_MS = 20_000;

type Row = { id: string; endpointId: string; subject: string; payload: string; attempts: number; nextAttemptAt: Date; createdAt: Date; endpoint: { url: string; secret: string; kind: string; token: string } };

/** What a delivery carries: a signed event (Standard Webhooks), or a CDN purge in the format PURGE_WEBHOOK_URL always had. */
function headersFor(row: Row, at: Date): Record<string, string> {
  if (row.endpoint.kind === "purge") return row.endpoint.token ? { Authorization: `Bearer ${row.endpoint.token}` } : {};
  return signedHeaders(row.endpoint.secret, row.id, row.payload, at);
}

async function attempt(row: Row, now: () => Date): Promise<boolean> {
  // Claimed by counting the attempt first: a second sender (a lease handed over mid-tick) finds the count moved on.
  const claimed = await db.webhookDelivery.updateMany({ where: { id: row.id, status: "pending", attempts: row.attempts }, data: { attempts: row.attempts + 1 } });
  if (claimed.count !== 1) return false;
  const started = Date.now();
  let status: number | null = null;
  let error = "";
  try {
    const response = await fetch(row.endpoint.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "Redaktion-Webhooks/1", ...headersFor(row, now()) },
      body: row.payload,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    status = response.status;
    await response.arrayBuffer().catch(() => undefined);
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = e instanceof Error ? (e.name === "TimeoutError" ? `no answer within ${TIMEOUT_MS / 1000} s` : e.message) : String(e);
  }
  const ms = Date.now() - started;
  const attempts = row.attempts + 1;
  if (!error) {
    await db.webhookDelivery.update({ where: { id: row.id }, data: { status: "delivered", deliveredAt: now(), lastStatus: status, lastMs: ms, lastError: "" } });
    log.info("webhook.delivered", { deliveryId: row.id, endpointId: row.endpointId, status, ms, attempts });
    return true;
  }
  const next = new Date(now().getTime() + nextAttemptDelay(attempts));
  const giveUp = next.getTime() - row.createdAt.getTime() > GIVE_UP_AFTER_MS;
  await db.webhookDelivery.update({
    where: { id: row.id },
    data: { status: giveUp ? "failed" : "pending", nextAttemptAt: next, lastStatus: status, lastMs: ms, lastError: error.slice(0, 500) },
  });
  log.warn(giveUp ? "webhook.failed" : "webhook.retry", { deliveryId: row.id, endpointId: row.endpointId, status, error, attempts, next: giveUp ? null : next.toISOString() });
  return false;
}

/** Sends what is due; returns how many were delivered. `now` is injectable for tests. */
export async function deliverDueWebhooks(now: () => Date = () => new Date()): Promise<{ delivered: number; failed: number }> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "pending", endpoint: { active: true } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, endpointId: true, subject: true, payload: true, attempts: true, nextAttemptAt: true, createdAt: true, endpoint: { select: { url: true, secret: true, kind: true, token: true } } },
  });
  const byEndpoint = new Map<string, Row[]>();
  for (const row of due) byEndpoint.set(row.endpointId, [...(byEndpoint.get(row.endpointId) ?? []), row]);
  const started = Date.now();
  let delivered = 0;
  let failed = 0;
  // Endpoints side by side; within one, one request at a time, oldest first.
  await Promise.all(
    [...byEndpoint.values()].map(async (rows) => {
      const waiting = new Set<string>();
      for (const row of rows) {
        if (Date.now() - started > TICK_BUDGET_MS) return;
        if (waiting.has(row.subject)) continue;
        if (row.nextAttemptAt > now()) {
          waiting.add(row.subject); // an earlier event about this subject waits: so do the later ones
          continue;
        }
        if (await attempt(row, now)) delivered++;
        else {
          failed++;
          waiting.add(row.subject);
        }
      }
    }),
  );
  return { delivered, failed };
}
