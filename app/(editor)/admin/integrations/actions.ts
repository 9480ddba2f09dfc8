"use server";

import { signedInAction } from "@/modules/auth/action";
import { createApiKey, revokeApiKey } from "@/modules/content-api/keys";
import { createEndpoint, deleteEndpoint, resendDelivery } from "@/modules/webhooks/service";

// The services check integrations.manage (admins) and audit every change.

export async function createApiKeyAction(input: unknown) {
  return signedInAction("apikey.create", (actor) => createApiKey(actor, input), { answer: (made) => ({ key: made.key, name: made.row.name }) });
}

export async function revokeApiKeyAction(id: unknown) {
  return signedInAction("apikey.revoke", (actor) => revokeApiKey(actor, id));
}

export async function createWebhookAction(input: unknown) {
  return signedInAction("webhook.create", (actor) => createEndpoint(actor, input));
}

export async function deleteWebhookAction(id: unknown) {
  return signedInAction("webhook.delete", (actor) => deleteEndpoint(actor, id));
}

export async function resendDeliveryAction(id: unknown) {
  return signedInAction("webhook.resend", (actor) => resendDelivery(actor, id));
}
