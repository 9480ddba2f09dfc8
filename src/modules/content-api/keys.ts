import "server-only";
import type { Fields } from "@/lib/validation";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { msg } from "@/i18n/message";
import { db } from "@/lib/db";
import { createMemo } from "@/lib/memo";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrorsOf, singleLine } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { TAGS } from "../articles/cache-tags";

// Content API keys: made and revoked by admins; the key itself is shown once
// and stored as a SHA-256 hash (a key is 32 random bytes: no salt or slow hash
// needed, and lookups stay one indexed read).

export const KEY_PREFIX = "rk_";
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");
/** Browser origins are stored one per line. */
const originsOf = (stored: string) => (stored ? stored.split("\n") : []);

const originList = z
  .string()
  .max(2000)
  .transform((v) =>
    v
      .split(/[\s,]+/)
      .map((o) => o.trim().replace(/\/+$/, ""))
      .filter(Boolean),
  )
  .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), msg("apiKeys.errors.origins"));

const keySchema = z.object({
  name: singleLine(msg("apiKeys.field.name"), 100).refine((v) => v.length > 0, msg("apiKeys.errors.name")),
  corsOrigins: originList.default([]),
  rateLimit: z.coerce.number().int().min(10, msg("apiKeys.errors.rateLimit")).max(100_000, msg("apiKeys.errors.rateLimit")).default(600),
});

export type ApiKeyRow = { id: string; name: string; prefix: string; corsOrigins: string[]; rateLimit: number; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const toRow = (k: { id: string; name: string; prefix: string; corsOrigins: string; rateLimit: number; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiKeyRow => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  corsOrigins: originsOf(k.corsOrigins),
  rateLimit: k.rateLimit,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

export async function listApiKeys(actor: Actor): Promise<ApiKeyRow[]> {
  assertCan(actor, "integrations.manage");
  const keys = await db.apiKey.findMany({ orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }] });
  return keys.map(toRow);
}

/** A new key; `key` is the only time anyone sees it. */
export async function createApiKey(actor: Actor, input: Fields): Promise<{ key: string; row: ApiKeyRow }> {
  assertCan(actor, "integrations.manage");
  const parsed = keySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const key = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name: parsed.data.name, prefix: key.slice(0, 10), hash: hashKey(key), corsOrigins: parsed.data.corsOrigins.join("\n"), rateLimit: parsed.data.rateLimit, createdById: actor.id },
    });
    await recordAudit(tx, { action: "apikey.create", actorId: actor.id, actorEmail: actor.email, targetType: "apikey", targetId: row.id, ip: actor.ip, detail: `${row.name} (${row.prefix}…)` });
    return row;
  });
  return { key, row: toRow(created) };
}

/** Revokes a key; `invalidate` makes every server forget it at once (the action passes it on). */
export async function revokeApiKey(actor: Actor, idInput: string): Promise<ApiKeyRow & { invalidate: string[] }> {
  assertCan(actor, "integrations.manage");
  const id = typeof idInput === "string" ? idInput : "";
  const row = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw new NotFoundError(msg("apiKeys.errors.gone"));
    if (key.revokedAt) return toRow(key);
    const revoked = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { action: "apikey.revoke", actorId: actor.id, actorEmail: actor.email, targetType: "apikey", targetId: id, ip: actor.ip, detail: `${key.name} (${key.prefix}…)` });
    return toRow(revoked);
  });
  return { ...row, invalidate: [TAGS.apiKeys] };
}

export type AuthenticatedKey = { id: string; name: string; corsOrigins: string[]; rateLimit: number };

const readKey = (hash: string) =>
  db.apiKey.findUnique({ where: { hash }, select: { id: true, name: true, corsOrigins: true, rateLimit: true, lastUsedAt: true, revokedAt: true } });

/**
 * Keys by hash, as this server last read them: a busy client's requests do
 * not each read the key again. A revocation empties this on every server at
 * once (TAGS.apiKeys through the purge bus); ten seconds bound it on a server
 * that missed the message.
 */
const known = createMemo<Awaited<ReturnType<typeof readKey>>>({ max: 1000, ttlMs: 10_000 });

/** The key a request's `Authorization: Bearer …` names, if it exists and is not revoked; marks its last use (at most once a minute). */
export async function authenticateKey(authorization: string | null): Promise<AuthenticatedKey | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match || !match[1]!.startsWith(KEY_PREFIX) || match[1]!.length > 200) return null;
  const hash = hashKey(match[1]!);
  const key = await known.get(hash, () => readKey(hash));
  if (!key || key.revokedAt) return null;
  const now = new Date();
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    key.lastUsedAt = now; // before the write: requests meanwhile do not write it too
    await db.apiKey.updateMany({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { id: key.id, name: key.name, corsOrigins: originsOf(key.corsOrigins), rateLimit: key.rateLimit };
}

/** Whether any live key lets `origin` call from a browser (for preflights, which carry no key). */
export async function originAllowedByAnyKey(origin: string): Promise<boolean> {
  const keys = await db.apiKey.findMany({ where: { revokedAt: null, corsOrigins: { not: "" } }, select: { corsOrigins: true } });
  return keys.some((k) => originsOf(k.corsOrigins).includes(origin));
}
