import { msg } from "@/i18n/message";
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { readerInclude, toReaderArticle, type ReaderArticle } from "./dto";

// Share links for drafts: signed out, expiring, revocable. Only a hash of the
// token is stored, so the link cannot be read back from the database.

export const PREVIEW_HOURS = [1, 24, 48, 168] as const;
export const DEFAULT_PREVIEW_HOURS = 48;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type PreviewLinkRow = { id: string; createdBy: string; createdAt: string; expiresAt: string; active: boolean; revoked: boolean };

async function articleFor(actor: Actor, articleId: string) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  assertCan(actor, "article.view", article);
  return article;
}

export async function createPreviewLink(actor: Actor, articleIdInput: string, hoursInput: number) {
  const hours = Number(hoursInput ?? DEFAULT_PREVIEW_HOURS);
  if (!(PREVIEW_HOURS as readonly number[]).includes(hours)) throw new ValidationError({ hours: [msg("articles.errors.previewHours")] });
  const article = await articleFor(actor, String(articleIdInput));
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  const link = await db.$transaction(async (tx) => {
    const created = await tx.previewLink.create({ data: { articleId: article.id, tokenHash: hashToken(token), createdById: actor.id, expiresAt } });
    await recordAudit(tx, { action: "preview.share", actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: article.id, ip: actor.ip, detail: `${hours} h` });
    return created;
  });
  const row: PreviewLinkRow = { id: link.id, createdBy: actor.name, createdAt: link.createdAt.toISOString(), expiresAt: expiresAt.toISOString(), active: true, revoked: false };
  return { path: `/vorschau/${token}`, expiresAt: expiresAt.toISOString(), link: row };
}

export async function listPreviewLinks(actor: Actor, articleId: string): Promise<PreviewLinkRow[]> {
  await articleFor(actor, articleId);
  const links = await db.previewLink.findMany({ where: { articleId }, orderBy: { createdAt: "desc" }, take: 50, include: { createdBy: { select: { name: true } } } });
  const now = Date.now();
  return links.map((l) => ({
    id: l.id,
    createdBy: l.createdBy?.name ?? "—",
    createdAt: l.createdAt.toISOString(),
    expiresAt: l.expiresAt.toISOString(),
    revoked: !!l.revokedAt,
    active: !l.revokedAt && l.expiresAt.getTime() > now,
  }));
}

export async function revokePreviewLink(actor: Actor, linkIdInput: string) {
  const link = await db.previewLink.findUnique({ where: { id: String(linkIdInput) } });
  if (!link) throw new NotFoundError(msg("articles.errors.previewGone"));
  await articleFor(actor, link.articleId);
  await db.$transaction(async (tx) => {
    await tx.previewLink.update({ where: { id: link.id }, data: { revokedAt: link.revokedAt ?? new Date() } });
    await recordAudit(tx, { action: "preview.revoke", actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: link.articleId, ip: actor.ip });
  });
  return { id: link.id };
}

/** Public: the draft behind a share link, or null when the link is unknown, revoked or expired. */
export async function getSharedPreview(token: string): Promise<ReaderArticle | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const link = await db.previewLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link || link.revokedAt || link.expiresAt < new Date()) return null;
  const article = await db.article.findUnique({ where: { id: link.articleId }, include: readerInclude });
  return article ? toReaderArticle(article) : null;
}

/** For the newsroom's own preview: the saved state, whatever its status. */
export async function getPreview(actor: Actor, articleId: string): Promise<ReaderArticle> {
  await articleFor(actor, articleId);
  return toReaderArticle(await db.article.findUniqueOrThrow({ where: { id: articleId }, include: readerInclude }));
}
