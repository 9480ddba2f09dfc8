"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { closeTicker, deleteEntry, postEntry, setPollInterval, startTicker, updateEntry, updateSummary } from "@/modules/live/service";

// The service checks the permission table and versions; the ticker's own
// address and the article page expire right after the answer.

export async function startTickerAction(articleId: unknown) {
  return signedInAction("live.start", z.tuple([arg.id]), [articleId], (actor, [id]) => startTicker(actor, id));
}

export async function closeTickerAction(articleId: unknown) {
  return signedInAction("live.close", z.tuple([arg.id]), [articleId], (actor, [id]) => closeTicker(actor, id));
}

export async function postEntryAction(articleId: unknown, input: unknown) {
  return signedInAction("live.post", z.tuple([arg.id, arg.fields]), [articleId, input], (actor, [id, fields]) => postEntry(actor, id, fields));
}

export async function updateEntryAction(entryId: unknown, version: unknown, input: unknown) {
  return signedInAction("live.edit", z.tuple([arg.id, arg.version, arg.fields]), [entryId, version, input], (actor, [id, v, fields]) => updateEntry(actor, id, v, fields));
}

export async function deleteEntryAction(entryId: unknown, version: unknown) {
  return signedInAction("live.delete", z.tuple([arg.id, arg.version]), [entryId, version], (actor, [id, v]) => deleteEntry(actor, id, v));
}

export async function updateSummaryAction(articleId: unknown, input: unknown) {
  return signedInAction(
    "live.summary",
    z.tuple([arg.id, arg.object({ summary: z.unknown(), version: arg.version })]),
    [articleId, input],
    (actor, [id, fields]) => updateSummary(actor, id, fields),
  );
}

export async function setPollIntervalAction(articleId: unknown, ms: unknown) {
  return signedInAction("live.poll", z.tuple([arg.id, arg.count(0, 3_600_000)]), [articleId, ms], (actor, [id, every]) => setPollInterval(actor, id, every));
}
