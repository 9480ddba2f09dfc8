import "server-only";
import http from "node:http";
import https from "node:https";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { GIVE_UP_AFTER_MS, nextAttemptDelay } from "./events";
import { signedHeaders } from "./sign";
import { checkTargetAddress, guardedLookup, InsideAddressError, isOperatorAddress } from "./target";

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

/**
 * What the Integrations page and the log say about a failed attempt: the
 * partner's status, or what kind of trouble it was in our own words. Never
 * the raw error, which may carry internal addresses, the URL (with any
 * credentials an older version stored) or a partner's answer.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof InsideAddressError) return "refused: the address resolves inside the network";
  const e = error as { name?: string; code?: string; cause?: { code?: string } } | null;
  const code = e?.code ?? e?.cause?.code ?? "";
  if (e?.name === "TimeoutError" || e?.name === "AbortError" || code === "ETIMEDOUT") return `no answer within ${TIMEOUT_MS / 1000} s`;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ECONNRESET" || code === "EPIPE") return "connection closed by the partner";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the server's name was not found";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "the server cannot be reached";
  if (/CERT|SSL|TLS/i.test(code)) return "the server's TLS certificate was not accepted";
  return "could not connect";
}

/** One POST to the endpoint through the guarded resolver (./target.ts); resolves with the status. */
function post(address: string, headers: Record<string, string>, body: string): Promise<number> {
  const checked = checkTargetAddress(address);
  if (!checked.ok) return Promise.reject(new InsideAddressError("refused address"));
  const url = checked.url;
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) }, lookup: isOperatorAddress(address) ? undefined : (guardedLookup as never), signal: AbortSignal.timeout(TIMEOUT_MS), timeout: TIMEOUT_MS },
      (response) => {
        // The answer's body is read and dropped (at most what arrives before the timeout): only the status counts.
        response.on("data", () => undefined);
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { name: "TimeoutError" })));
    request.on("error", reject);
    request.end(body);
  });
}

async function attempt(row: Row, now: () => Date): Promise<boolean> {
  // Claimed by counting the attempt first: a second sender (a lease handed over mid-tick) finds the count moved on.
  const claimed = await db.webhookDelivery.updateMany({ where: { id: row.id, status: "pending", attempts: row.attempts }, data: { attempts: row.attempts + 1 } });
  if (claimed.count !== 1) return false;
  const started = Date.now();
  let status: number | null = null;
  let error = "";
  try {
    status = await post(row.endpoint.url, { "Content-Type": "application/json", "User-Agent": "Redaktion-Webhooks/1", ...headersFor(row, now()) }, row.payload);
    if (status < 200 || status >= 300) error = `HTTP ${status}`;
  } catch (e) {
    error = describeFailure(e);
  }
  const ms = Date.now() - started;
  const attempts = row.attempts + 1;
  if (!error) {
    // updateMany: an endpoint removed while its delivery was under way took the row with it (nothing to record).
    await db.webhookDelivery.updateMany({ where: { id: row.id }, data: { status: "delivered", deliveredAt: now(), lastStatus: status, lastMs: ms, lastError: "" } });
    log.info("webhook.delivered", { deliveryId: row.id, endpointId: row.endpointId, status, ms, attempts });
    return true;
  }
  const next = new Date(now().getTime() + nextAttemptDelay(attempts));
  const giveUp = next.getTime() - row.createdAt.getTime() > GIVE_UP_AFTER_MS;
  await db.webhookDelivery.updateMany({
    where: { id: row.id },
    data: { status: giveUp ? "failed" : "pending", nextAttemptAt: next, lastStatus: status, lastMs: ms, lastError: error },
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

let sending: Promise<unknown> | null = null;

/**
 * Starts sending what is due, beside the scheduler rather than inside its
 * tick: scheduled articles and fronts never wait for a partner (three
 * endpoints that never answered held a scheduled article back by 10 s when
 * the tick awaited them). One run at a time per process; a tick that finds
 * one still going leaves it be. Returns at once.
 */
export function startDeliveringWebhooks(): boolean {
  if (sending) return false;
  sending = deliverDueWebhooks()
    .catch((error: unknown) => log.error("webhook.run-failed", { error }))
    .finally(() => {
      sending = null;
    });
  return true;
}
