import "server-only";
import type { Fields } from "@/lib/validation";
import { msg } from "@/i18n/message";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { TAGS } from "../articles/cache-tags";
import { articlePath } from "../articles/dto";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { breakingInput } from "./schema";

// The "Eilmeldung": one line on every reader page. Readers' pages fetch it
// from its own small address (/eilmeldung.json), so setting or ending it
// expires that address alone; no article or list is rendered again.

/** The longest a banner may run: a breaking item that is still news after a week is a story. */
const MAX_RUN_MS = 7 * 24 * 3600_000;

function audit(tx: Tx, actor: Actor, action: string, targetId: string, detail: string) {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: "breaking", targetId, ip: actor.ip, detail });
}

/** Sets the banner; the one running before it ends now. */
export async function setBreakingNews(actor: Actor, input: Fields) {
  assertCan(actor, "breaking.manage");
  const parsed = breakingInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { text, articleId, href: address, endsAt: endsAtText } = parsed.data;
  const now = new Date();
  const endsAt = endsAtText ? new Date(endsAtText) : null;
  if (endsAt && endsAt.getTime() <= now.getTime() + 60_000) throw new ValidationError({ endsAt: [msg("breaking.errors.endsSoon")] });
  if (endsAt && endsAt.getTime() > now.getTime() + MAX_RUN_MS) throw new ValidationError({ endsAt: [msg("breaking.errors.endsLate")] });
  return db.$transaction(async (tx) => {
    let href = address;
    if (articleId) {
      const article = await tx.article.findFirst({ where: { id: articleId, status: "PUBLISHED" }, select: { slug: true, section: { select: { slug: true } } } });
      if (!article) throw new ValidationError({ articleId: [msg("breaking.errors.articleUnpublished")] });
      href = articlePath(article.section.slug, article.slug);
    }
    await tx.breakingNews.updateMany({ where: { endedAt: null }, data: { endedAt: now } });
    const item = await tx.breakingNews.create({ data: { text, href, articleId: articleId || null, endsAt, createdById: actor.id } });
    await audit(tx, actor, "breaking.set", item.id, `${text} → ${href}${endsAt ? ` (until ${endsAt.toISOString()})` : ""}`);
    return { id: item.id, invalidate: [TAGS.breaking] };
  });
}

/** Ends the running banner at once. */
export async function endBreakingNews(actor: Actor, id: string) {
  assertCan(actor, "breaking.manage");
  return db.$transaction(async (tx) => {
    const item = await tx.breakingNews.findUnique({ where: { id: String(id) } });
    if (!item) throw new NotFoundError(msg("breaking.errors.gone"));
    if (item.endedAt === null) {
      await tx.breakingNews.update({ where: { id: item.id }, data: { endedAt: new Date() } });
      await audit(tx, actor, "breaking.end", item.id, item.text);
    }
    return { id: item.id, invalidate: [TAGS.breaking] };
  });
}
