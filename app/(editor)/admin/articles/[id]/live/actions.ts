"use server";

import { signedInAction } from "@/modules/auth/action";
import { closeTicker, deleteEntry, postEntry, setPollInterval, startTicker, updateEntry, updateSummary } from "@/modules/live/service";

// The service checks the permission table and versions; the ticker's own
// address and the article page expire right after the answer.

export async function startTickerAction(articleId: unknown) {
  return signedInAction("live.start", (actor) => startTicker(actor, articleId));
}

export async function closeTickerAction(articleId: unknown) {
  return signedInAction("live.close", (actor) => closeTicker(actor, articleId));
}

export async function postEntryAction(articleId: unknown, input: unknown) {
  return signedInAction("live.post", (actor) => postEntry(actor, articleId, input));
}

export async function updateEntryAction(entryId: unknown, version: unknown, input: unknown) {
  return signedInAction("live.edit", (actor) => updateEntry(actor, entryId, version, input));
}

export async function deleteEntryAction(entryId: unknown, version: unknown) {
  return signedInAction("live.delete", (actor) => deleteEntry(actor, entryId, version));
}

export async function updateSummaryAction(articleId: unknown, input: { summary: unknown; version: unknown }) {
  return signedInAction("live.summary", (actor) => updateSummary(actor, articleId, input));
}

export async function setPollIntervalAction(articleId: unknown, ms: unknown) {
  return signedInAction("live.poll", (actor) => setPollInterval(actor, articleId, ms));
}
