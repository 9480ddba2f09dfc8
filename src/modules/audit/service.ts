import "server-only";
import type { Db, Tx } from "@/lib/db";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  actorEmail?: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  outcome?: "ok" | "refused";
  detail?: string;
};

/** Appends one event. Pass the transaction client so the entry commits (or not) with the change. */
export async function recordAudit(client: Db | Tx, entry: AuditEntry) {
  await client.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? "",
      targetType: entry.targetType ?? "",
      targetId: entry.targetId ?? "",
      ip: entry.ip ?? "",
      outcome: entry.outcome ?? "ok",
      detail: (entry.detail ?? "").slice(0, 500),
    },
  });
}
