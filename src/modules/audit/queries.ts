import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import type { Actor } from "../auth/actor";

export type AuditRow = {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  ip: string;
  outcome: string;
  detail: string;
};

export const AUDIT_PAGE_SIZE = 100;

/** Newest first; `before` (an ISO time) pages back. */
export async function listAuditEvents(actor: Actor, before?: string): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertCan(actor, "audit.view");
  const cursor = before && !Number.isNaN(Date.parse(before)) ? new Date(before) : undefined;
  const events = await db.auditEvent.findMany({
    where: cursor ? { at: { lt: cursor } } : {},
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { name: true } } },
  });
  const rows = events.slice(0, AUDIT_PAGE_SIZE).map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actor ? `${e.actor.name} <${e.actorEmail}>` : e.actorEmail || "—",
    action: e.action,
    target: e.targetType ? `${e.targetType} ${e.targetId}` : "",
    ip: e.ip,
    outcome: e.outcome,
    detail: e.detail,
  }));
  const last = rows[rows.length - 1];
  return { rows, next: events.length > AUDIT_PAGE_SIZE && last ? last.at : null };
}
