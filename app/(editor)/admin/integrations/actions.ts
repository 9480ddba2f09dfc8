"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { createApiKey, revokeApiKey } from "@/modules/content-api/keys";
import { createEndpoint, deleteEndpoint, resendDelivery } from "@/modules/webhooks/service";

// The services check integrations.manage (admins) and audit every change.

export async function createApiKeyAction(input: unknown) {
  return signedInAction("apikey.create", z.tuple([arg.fields]), [input], (actor, [fields]) => createApiKey(actor, fields), { answer: (made) => ({ key: made.key, name: made.row.name }) });
}

export async function revokeApiKeyAction(id: unknown) {
  return signedInAction("apikey.revoke", z.tuple([arg.id]), [id], (actor, [keyId]) => revokeApiKey(actor, keyId));
}

export async function createWebhookAction(input: unknown) {
  return signedInAction("webhook.create", z.tuple([arg.fields]), [input], (actor, [fields]) => createEndpoint(actor, fields));
}

export async function deleteWebhookAction(id: unknown) {
  return signedInAction("webhook.delete", z.tuple([arg.id]), [id], (actor, [endpointId]) => deleteEndpoint(actor, endpointId));
}

export async function resendDeliveryAction(id: unknown) {
  return signedInAction("webhook.resend", z.tuple([arg.id]), [id], (actor, [deliveryId]) => resendDelivery(actor, deliveryId));
}
