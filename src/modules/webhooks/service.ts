import "server-only";
import type { Fields } from "@/lib/validation";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { msg } from "@/i18n/message";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { hasUnsafeAddressCharacter } from "@/lib/text";
import { fieldErrorsOf, singleLine } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { WEBHOOK_EVENTS } from "./events";
import { newSecret } from "./sign";
import { checkTarget } from "./target";

// Webhook endpoints, managed by admins: register (the secret is shown once),
// remove, see recent deliveries, send one again.

const endpointSchema = z
  .object({
    name: singleLine(msg("webhooks.field.name"), 100).refine((v) => v.length > 0, msg("webhooks.errors.name")),
    // Where it goes: checked here and again on every delivery (./target.ts).
    url: z
      .string({ error: msg("webhooks.errors.url") })
      .trim()
      .max(2000, msg("webhooks.errors.url"))
      .superRefine(async (value, ctx) => {
        const target = await checkTarget(value);
        if (!target.ok) ctx.addIssue({ code: "custom", message: target.message });
      }),
    kind: z.enum(["webhook", "purge"]).default("webhook"),
    // For a CDN purge: its API key, sent as a bearer token (a line break in it could never be sent).
    token: z
      .string()
      .trim()
      .max(500)
      .refine((v) => !hasUnsafeAddressCharacter(v), msg("webhooks.errors.tokenInvalid"))
      .default(""),
    events: z.array(z.enum(WEBHOOK_EVENTS)).max(WEBHOOK_EVENTS.length).default([]),
  })
  .refine((e) => e.kind === "purge" || e.events.length > 0, { message: msg("webhooks.errors.events"), path: ["events"] });

/** An address as the page shows it: never a user or password that an older version may have stored in it. */
export function displayUrl(address: string): string {
  if (!URL.canParse(address)) return address;
  const url = new URL(address);
  if (!url.username && !url.password) return address;
  url.username = "";
  url.password = "";
  return url.toString();
}

export type DeliveryRow = { id: string; event: string; status: string; attempts: number; lastStatus: number | null; lastMs: number | null; lastError: string; createdAt: string; nextAttemptAt: string | null; deliveredAt: string | null };
export type EndpointRow = { id: string; name: string; kind: "webhook" | "purge"; url: string; events: string[]; active: boolean; createdAt: string; deliveries: DeliveryRow[] };

export async function listEndpoints(actor: Actor): Promise<EndpointRow[]> {
  assertCan(actor, "integrations.manage");
  const endpoints = await db.webhookEndpoint.findMany({
    orderBy: { createdAt: "asc" },
    include: { deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20 } },
  });
  return endpoints.map((e) => ({
    id: e.id,
    name: e.name,
    kind: e.kind === "purge" ? ("purge" as const) : ("webhook" as const),
    url: displayUrl(e.url),
    events: e.events.split(",").filter(Boolean),
    active: e.active,
    createdAt: e.createdAt.toISOString(),
    deliveries: e.deliveries.map((d) => ({
      id: d.id,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastMs: d.lastMs,
      lastError: d.lastError,
      createdAt: d.createdAt.toISOString(),
      nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
    })),
  }));
}

/** A new endpoint; `secret` (whsec_…) is shown this once, for the receiver's verifier. */
export async function createEndpoint(actor: Actor, input: Fields): Promise<{ id: string; secret: string | null }> {
  assertCan(actor, "integrations.manage");
  const parsed = await endpointSchema.safeParseAsync(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const secret = newSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const { name, url, kind, token, events } = parsed.data;
    const created = await tx.webhookEndpoint.create({ data: { name, url, kind, token: kind === "purge" ? token : "", events: kind === "purge" ? "purge" : events.join(","), secret, createdById: actor.id } });
    await recordAudit(tx, { action: "webhook.create", actorId: actor.id, actorEmail: actor.email, targetType: "webhook", targetId: created.id, ip: actor.ip, detail: `${created.name}: ${displayUrl(created.url)} (${created.events})` });
    return created;
  });
  // A purge is not signed (CDNs take their own key): no secret to hand out.
  return { id: endpoint.id, secret: endpoint.kind === "webhook" ? secret : null };
}

export async function deleteEndpoint(actor: Actor, idInput: string) {
  assertCan(actor, "integrations.manage");
  const id = typeof idInput === "string" ? idInput : "";
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id } });
    if (!endpoint) throw new NotFoundError(msg("webhooks.errors.gone"));
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit(tx, { action: "webhook.delete", actorId: actor.id, actorEmail: actor.email, targetType: "webhook", targetId: id, ip: actor.ip, detail: `${endpoint.name}: ${displayUrl(endpoint.url)}` });
  });
  return { deleted: true };
}

/** Sends a delivery's event again, as a new delivery with the same payload (the history stays). */
export async function resendDelivery(actor: Actor, idInput: string): Promise<{ id: string }> {
  assertCan(actor, "integrations.manage");
  const id = typeof idInput === "string" ? idInput : "";
  return db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findUnique({ where: { id } });
    if (!original) throw new NotFoundError(msg("webhooks.errors.gone"));
    const again = await tx.webhookDelivery.create({
      data: { id: `msg_${randomBytes(16).toString("base64url")}`, endpointId: original.endpointId, event: original.event, subject: original.subject, payload: original.payload },
    });
    await recordAudit(tx, { action: "webhook.resend", actorId: actor.id, actorEmail: actor.email, targetType: "webhook", targetId: original.endpointId, ip: actor.ip, detail: `${original.event} ${original.id} → ${again.id}` });
    return { id: again.id };
  });
}
