import "server-only";
import type { Fields } from "@/lib/validation";
import { msg } from "@/i18n/message";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { bodyImageIds, bodyText, parseBody } from "../articles/body";
import { TAGS } from "../articles/cache-tags";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { checkArticleImages } from "../media/usage";
import { ENTRY_TEXT_MAX, entryInput, pollInput, summaryInput } from "./schema";

// A live ticker's writes. Entries are records of their own: several editors
// post, edit and delete at once without locking each other out, and an edit
// names the entry's version (a colleague's change in between is refused, the
// text kept on screen). Each change expires the ticker's own address
// (/live/<id>.json) and the article page, so every reader's next poll, on
// every server, sees it; no reader costs a render of their own.

type Ticker = { articleId: string; endedAt: Date | null; article: { authorId: string; status: string; slug: string; section: { slug: string } } };

async function tickerOf(tx: Tx, articleId: unknown): Promise<Ticker> {
  const ticker = await tx.liveTicker.findUnique({
    where: { articleId: String(articleId ?? "") },
    select: { articleId: true, endedAt: true, article: { select: { authorId: true, status: true, slug: true, section: { select: { slug: true } } } } },
  });
  if (!ticker) throw new NotFoundError(msg("live.errors.noTicker"));
  return ticker;
}

/** The ticker's own address, and the article page while readers can see it. */
function tagsFor(t: Ticker) {
  return [TAGS.ticker(t.articleId), ...(t.article.status === "PUBLISHED" ? [TAGS.articlePath(t.article.section.slug, t.article.slug)] : [])];
}

/** Starting or ending it also changes the article's teasers (the "LIVE" mark on home, section and topic pages). */
function tagsForStartOrEnd(t: Ticker) {
  return [...tagsFor(t), ...(t.article.status === "PUBLISHED" ? [TAGS.publishedList] : [])];
}

function audit(tx: Tx, actor: Actor, action: string, targetId: string, detail: string) {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: "live", targetId, ip: actor.ip, detail });
}

/** Checks an entry: its text by the article body's rules, not empty, not too long, pictures with alt text. */
async function checkedEntry(tx: Tx, input: unknown) {
  const parsed = entryInput.safeParse(input ?? {});
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const body = parseBody(parsed.data.body);
  if (!body.ok) throw new ValidationError({ body: [body.message] });
  const text = bodyText(body.body).trim();
  const images = bodyImageIds(body.body);
  if (!text && images.length === 0 && !parsed.data.quote) throw new ValidationError({ body: [msg("live.errors.textEmpty")] });
  if (text.length > ENTRY_TEXT_MAX) throw new ValidationError({ body: [msg("live.errors.textLong", { max: ENTRY_TEXT_MAX })] });
  if (parsed.data.quoteBy && !parsed.data.quote) throw new ValidationError({ quote: [msg("live.errors.quoteMissing")] });
  await checkArticleImages(tx, { leadImageId: null, bodyImageIds: images });
  return { body: body.body as unknown as Prisma.InputJsonValue, quote: parsed.data.quote, quoteBy: parsed.data.quoteBy, keyEvent: parsed.data.keyEvent, text };
}

/** Turns an article into a live ticker (or opens a closed one again). */
export async function startTicker(actor: Actor, articleId: string) {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: String(articleId ?? "") }, select: { id: true, authorId: true, status: true } });
    if (!article) throw new NotFoundError(msg("live.errors.articleGone"));
    assertCan(actor, "live.post", { ...article, id: article.id });
    await tx.liveTicker.upsert({ where: { articleId: article.id }, create: { articleId: article.id }, update: { endedAt: null } });
    const ticker = await tickerOf(tx, article.id);
    await audit(tx, actor, "live.start", article.id, "");
    return { invalidate: tagsForStartOrEnd(ticker) };
  });
}

/** "Ticker beendet": no more entries, readers stop asking, the page stays as it is. */
export async function closeTicker(actor: Actor, articleId: string) {
  return db.$transaction(async (tx) => {
    const ticker = await tickerOf(tx, articleId);
    assertCan(actor, "live.post", { ...ticker.article, id: ticker.articleId });
    if (!ticker.endedAt) await tx.liveTicker.update({ where: { articleId: ticker.articleId }, data: { endedAt: new Date() } });
    await audit(tx, actor, "live.close", ticker.articleId, "");
    return { invalidate: tagsForStartOrEnd(ticker) };
  });
}

export async function postEntry(actor: Actor, articleId: string, input: Fields) {
  return db.$transaction(async (tx) => {
    const ticker = await tickerOf(tx, articleId);
    assertCan(actor, "live.post", { ...ticker.article, id: ticker.articleId });
    if (ticker.endedAt) throw new ConflictError(msg("live.errors.closed"));
    const entry = await checkedEntry(tx, input);
    const { text, ...data } = entry;
    const created = await tx.liveEntry.create({ data: { ...data, articleId: ticker.articleId, authorId: actor.id } });
    // The ticker (its article) is what the log names; the entry's words are the detail.
    await audit(tx, actor, "live.post", ticker.articleId, text.slice(0, 200));
    return { id: created.id, version: created.version, invalidate: tagsFor(ticker) };
  });
}

async function entryFor(tx: Tx, actor: Actor, entryId: unknown, version: unknown) {
  const entry = await tx.liveEntry.findUnique({ where: { id: String(entryId ?? "") }, include: { author: { select: { name: true } } } });
  if (!entry) throw new NotFoundError(msg("live.errors.entryGone"));
  const ticker = await tickerOf(tx, entry.articleId);
  assertCan(actor, "live.post", { ...ticker.article, id: ticker.articleId });
  if (Number(version) !== entry.version) {
    throw new ConflictError(msg("live.errors.entryConflict", { who: entry.author?.name ?? msg("live.errors.someone") }), entry.version);
  }
  return { entry, ticker };
}

export async function updateEntry(actor: Actor, entryId: string, version: number, input: Fields) {
  return db.$transaction(async (tx) => {
    const { entry, ticker } = await entryFor(tx, actor, entryId, version);
    const { text, ...data } = await checkedEntry(tx, input);
    const saved = await tx.liveEntry.update({ where: { id: entry.id }, data: { ...data, version: { increment: 1 } } });
    await audit(tx, actor, "live.edit", ticker.articleId, text.slice(0, 200));
    return { version: saved.version, invalidate: tagsFor(ticker) };
  });
}

/** A stored entry's words, for the log ("what was deleted"). */
function storedEntryText(body: unknown): string {
  const parsed = parseBody(body);
  return parsed.ok ? bodyText(parsed.body).trim() : "";
}

export async function deleteEntry(actor: Actor, entryId: string, version: number) {
  return db.$transaction(async (tx) => {
    const { entry, ticker } = await entryFor(tx, actor, entryId, version);
    await tx.liveEntry.delete({ where: { id: entry.id } });
    // What was deleted stays readable in the audit log.
    await audit(tx, actor, "live.delete", ticker.articleId, `${storedEntryText(entry.body)}`.slice(0, 400));
    return { invalidate: tagsFor(ticker) };
  });
}

/** The summary at the top ("Das Wichtigste in Kürze"), versioned like everything an editor types. */
export async function updateSummary(actor: Actor, articleId: string, input: { summary: unknown; version: number }) {
  const summary = summaryInput.safeParse(input.summary ?? "");
  if (!summary.success) throw new ValidationError({ summary: fieldErrorsOf(summary.error).form ?? [msg("live.errors.summaryUnreadable")] });
  return db.$transaction(async (tx) => {
    const ticker = await tickerOf(tx, articleId);
    assertCan(actor, "live.post", { ...ticker.article, id: ticker.articleId });
    const changed = await tx.liveTicker.updateMany({ where: { articleId: ticker.articleId, summaryVersion: Number(input.version) }, data: { summary: summary.data, summaryVersion: { increment: 1 } } });
    if (changed.count === 0) {
      const current = await tx.liveTicker.findUniqueOrThrow({ where: { articleId: ticker.articleId }, select: { summaryVersion: true } });
      throw new ConflictError(msg("live.errors.summaryConflict"), current.summaryVersion);
    }
    await audit(tx, actor, "live.summary", ticker.articleId, summary.data.slice(0, 200));
    return { version: Number(input.version) + 1, invalidate: tagsFor(ticker) };
  });
}

/** How often readers' pages ask for news: slower under load, no deploy needed. */
export async function setPollInterval(actor: Actor, articleId: string, ms: number) {
  const parsed = pollInput.safeParse(ms);
  if (!parsed.success) throw new ValidationError({ pollMs: fieldErrorsOf(parsed.error).form ?? [msg("live.errors.poll")] });
  return db.$transaction(async (tx) => {
    const ticker = await tickerOf(tx, articleId);
    assertCan(actor, "live.post", { ...ticker.article, id: ticker.articleId });
    await tx.liveTicker.update({ where: { articleId: ticker.articleId }, data: { pollMs: parsed.data } });
    await audit(tx, actor, "live.poll", ticker.articleId, `${parsed.data} ms`);
    return { invalidate: [TAGS.ticker(ticker.articleId)] };
  });
}
