import "server-only";
import { config } from "@server/config.mjs";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/service";
import { displayUrl } from "./service";
import { newSecret } from "./sign";

/**
 * PURGE_WEBHOOK_URL, the operator's CDN purge address, becomes a purge
 * endpoint on start (once; its token follows PURGE_WEBHOOK_TOKEN): its purges
 * then take the outbox like every other CDN's, retried while the CDN is away,
 * and the Integrations page lists it. Unsetting the variable leaves the
 * endpoint for an admin to switch off there.
 */
export async function adoptConfiguredPurgeEndpoint(): Promise<"none" | "created" | "updated" | "unchanged"> {
  const { url, token = "" } = config().purge;
  if (!url) return "none";
  return db.$transaction(async (tx) => {
    const existing = await tx.webhookEndpoint.findFirst({ where: { kind: "purge", url }, select: { id: true, token: true } });
    if (existing) {
      if (existing.token === token) return "unchanged";
      await tx.webhookEndpoint.update({ where: { id: existing.id }, data: { token } });
      return "updated";
    }
    const created = await tx.webhookEndpoint.create({ data: { name: "PURGE_WEBHOOK_URL", url, kind: "purge", token, events: "purge", secret: newSecret() } });
    await recordAudit(tx, { action: "webhook.create", targetType: "webhook", targetId: created.id, detail: `PURGE_WEBHOOK_URL: ${displayUrl(url)} (purge)` });
    return "created";
  });
}
