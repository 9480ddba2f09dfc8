import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isStorableDateTime } from "@/lib/dates";
import { fieldErrorsOf } from "@/lib/validation";
import { z } from "zod";
import { msg } from "@/i18n/message";
import { assertCan } from "../access/policy";
import { TAGS } from "../articles/cache-tags";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { earliest, nextPinEnd } from "./resolve";
import { blocksInput, HOME, layoutInput, storedArrangement, storedLayout, type Arrangement, type Block, type Layout } from "./schema";
import { findFront, type FrontRef } from "./where";
import { enqueueFrontPublished } from "../webhooks/outbox";

// The desk's writes to a front. Every write names the version it was based on
// (two editors on one front never overwrite each other silently), publishing
// records a revision, the audit log says who did what, and what readers see
// changes through one cache tag per front (its own address, on every server).

/** Scheduled layouts a year ahead at most: further is a typo. */
const MAX_AHEAD_MS = 366 * 24 * 3600_000;

type Write = { version: unknown; slots: unknown; blocks?: unknown };

async function lockedFront(tx: Tx, front: FrontRef, version: unknown) {
  const expected = Number(version);
  if (!Number.isInteger(expected) || expected < 0) throw new ValidationError({ version: [msg("fronts.errors.version")] });
  const row = await tx.front.findUnique({ where: { key: front.key } });
  const current = row?.version ?? 0;
  if (current !== expected) {
    const who = row?.updatedById ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }) : null;
    throw new ConflictError(
      msg("fronts.errors.conflict", { who: who?.name ?? msg("fronts.errors.someone"), front: front.name }),
      current,
    );
  }
  return row;
}

/** Checks the slots: the right number, each article placed once and published or scheduled, pins in the future. */
async function checkedLayout(tx: Tx, front: FrontRef, slots: unknown, now: Date): Promise<Layout> {
  const parsed = layoutInput(front.count).safeParse(slots);
  if (!parsed.success) throw new ValidationError({ slots: fieldErrorsOf(parsed.error).form ?? Object.values(fieldErrorsOf(parsed.error)).flat() });
  const layout: Layout = parsed.data;
  const ids = layout.flatMap((s) => (s ? [s.articleId] : []));
  const found = await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true, headline: true, status: true } });
  const byId = new Map(found.map((a) => [a.id, a]));
  const problems: string[] = [];
  layout.forEach((slot, i) => {
    if (!slot) return;
    const article = byId.get(slot.articleId);
    const label = i === 0 ? msg("fronts.slot.lead") : msg("fronts.slot.top", { n: i });
    if (!article) problems.push(msg("fronts.errors.gone", { label }));
    else if (article.status !== "PUBLISHED" && article.status !== "SCHEDULED") problems.push(msg("fronts.errors.notPublished", { label, headline: article.headline }));
    if (slot.until && Date.parse(slot.until) <= now.getTime()) problems.push(msg("fronts.errors.pinPassed", { label }));
  });
  if (problems.length > 0) throw new ValidationError({ slots: problems });
  return layout;
}

/** The home page's section blocks: each an existing section, once; other fronts have none. */
async function checkedBlocks(tx: Tx, front: FrontRef, blocks: unknown): Promise<Block[] | null> {
  const parsed = blocksInput.safeParse(blocks);
  if (!parsed.success) throw new ValidationError({ blocks: Object.values(fieldErrorsOf(parsed.error)).flat() });
  if (parsed.data === null) return null;
  if (front.key !== HOME) throw new ValidationError({ blocks: [msg("fronts.errors.blocksHomeOnly")] });
  const ids = parsed.data.map((b) => b.sectionId);
  const found = new Set((await tx.section.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((s) => s.id));
  if (ids.some((id) => !found.has(id))) throw new ValidationError({ blocks: [msg("fronts.errors.blocksGone")] });
  return parsed.data;
}

async function checkedArrangement(tx: Tx, front: FrontRef, input: Write, now: Date): Promise<Arrangement> {
  return { slots: await checkedLayout(tx, front, input.slots, now), blocks: await checkedBlocks(tx, front, input.blocks) };
}

function audit(tx: Tx, actor: Actor, action: string, front: FrontRef, detail: string) {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: "front", targetId: front.key, ip: actor.ip, detail });
}

const json = (arrangement: Arrangement) => arrangement as unknown as Prisma.InputJsonValue;

/** Saves the arrangement as a draft: readers see nothing of it until it is published. */
export async function saveFrontDraft(actor: Actor, ref: string, input: Write) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  return db.$transaction(async (tx) => {
    const row = await lockedFront(tx, front, input.version);
    const layout = await checkedArrangement(tx, front, input, new Date());
    const saved = row
      ? await tx.front.update({ where: { key: front.key }, data: { draft: json(layout), version: { increment: 1 }, updatedById: actor.id } })
      : await tx.front.create({ data: { key: front.key, draft: json(layout), updatedById: actor.id } });
    await audit(tx, actor, "front.save-draft", front, await describe(tx, layout));
    return { version: saved.version };
  });
}

/** Publishes a layout readers see at once: a revision, an audit entry and one expired tag. */
async function publishLayout(tx: Tx, front: FrontRef, layout: Arrangement, kind: "publish" | "restore" | "scheduled", byId: string | null, now: Date, rest: { scheduled?: null }) {
  const row = await tx.front.findUnique({ where: { key: front.key }, select: { scheduledAt: true } });
  const scheduledAt = rest.scheduled === null ? null : (row?.scheduledAt ?? null);
  const data = {
    draft: json(layout),
    published: json(layout),
    publishedAt: now,
    // The scheduled layout's JSON stays as it was: without scheduledAt nothing is due.
    ...(rest.scheduled === null ? { scheduledAt: null } : {}),
    nextChangeAt: earliest(nextPinEnd(layout.slots, now.getTime()), scheduledAt),
    updatedById: byId,
  };
  const saved = await tx.front.upsert({ where: { key: front.key }, create: { key: front.key, ...data }, update: { ...data, version: { increment: 1 } } });
  const last = await tx.frontRevision.findFirst({ where: { frontKey: front.key }, orderBy: { number: "desc" }, select: { number: true } });
  await tx.frontRevision.create({ data: { frontKey: front.key, number: (last?.number ?? 0) + 1, slots: json(layout), kind, byId } });
  return saved;
}

/** The audit log's words for a layout: each placed slot with its story's headline, the section blocks by name. */
async function describe(tx: Tx, { slots, blocks }: Arrangement) {
  const articleIds = slots.flatMap((s) => (s ? [s.articleId] : []));
  const [articles, sections] = await Promise.all([
    articleIds.length ? tx.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, headline: true } }) : [],
    blocks?.length ? tx.section.findMany({ where: { id: { in: blocks.map((b) => b.sectionId) } }, select: { id: true, name: true } }) : [],
  ]);
  const headline = new Map(articles.map((a) => [a.id, a.headline]));
  const section = new Map(sections.map((x) => [x.id, x.name]));
  const placed =
    slots
      .map((s, i) => (s ? `${i === 0 ? "lead" : `top ${i}`} „${headline.get(s.articleId) ?? s.articleId}“${s.until ? ` until ${s.until}` : ""}` : null))
      .filter(Boolean)
      .join(", ") || "all automatic";
  return blocks ? `${placed}; blocks: ${blocks.map((b) => `${section.get(b.sectionId) ?? b.sectionId}${b.hidden ? " (hidden)" : ""}`).join(", ")}` : placed;
}

/** Publishes the arrangement now (saving it as the draft too). */
export async function publishFront(actor: Actor, ref: string, input: Write) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  return db.$transaction(async (tx) => {
    await lockedFront(tx, front, input.version);
    const now = new Date();
    const layout = await checkedArrangement(tx, front, input, now);
    const saved = await publishLayout(tx, front, layout, "publish", actor.id, now, {});
    await audit(tx, actor, "front.publish", front, await describe(tx, layout));
    await enqueueFrontPublished(tx, front);
    return { version: saved.version, invalidate: [TAGS.front(front.path)] };
  });
}

const whenInput = z.string().trim().refine(isStorableDateTime, msg("fronts.errors.atInvalid"));

/** Sets the arrangement to go live at a time ("at 06:00"); the scheduler publishes it then. */
export async function scheduleFront(actor: Actor, ref: string, input: Write & { at: string }) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  const at = whenInput.safeParse(input.at);
  if (!at.success) throw new ValidationError({ at: fieldErrorsOf(at.error).form ?? [msg("fronts.errors.atInvalid")] });
  const when = new Date(at.data);
  const now = new Date();
  if (when.getTime() <= now.getTime()) throw new ValidationError({ at: [msg("fronts.errors.atPassed")] });
  if (when.getTime() > now.getTime() + MAX_AHEAD_MS) throw new ValidationError({ at: [msg("fronts.errors.atYear")] });
  return db.$transaction(async (tx) => {
    const row = await lockedFront(tx, front, input.version);
    const layout = await checkedArrangement(tx, front, input, now);
    const published = row?.published ? storedLayout(row.published, front.count) : null;
    const data = { draft: json(layout), scheduled: json(layout), scheduledAt: when, nextChangeAt: earliest(nextPinEnd(published, now.getTime()), when), updatedById: actor.id };
    const saved = await tx.front.upsert({ where: { key: front.key }, create: { key: front.key, ...data }, update: { ...data, version: { increment: 1 } } });
    await audit(tx, actor, "front.schedule", front, `at ${when.toISOString()}: ${await describe(tx, layout)}`);
    return { version: saved.version };
  });
}

/** Withdraws a scheduled layout before its time. */
export async function cancelScheduledFront(actor: Actor, ref: string, input: { version: number }) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  return db.$transaction(async (tx) => {
    const row = await lockedFront(tx, front, input.version);
    if (!row?.scheduledAt) throw new ConflictError(msg("fronts.errors.nothingScheduled"), row?.version ?? 0);
    const published = row.published ? storedLayout(row.published, front.count) : null;
    const saved = await tx.front.update({
      where: { key: front.key },
      data: { scheduledAt: null, nextChangeAt: nextPinEnd(published, Date.now()), version: { increment: 1 }, updatedById: actor.id },
    });
    await audit(tx, actor, "front.unschedule", front, `was due ${row.scheduledAt.toISOString()}`);
    return { version: saved.version };
  });
}

/** Publishes an earlier layout again (it becomes the draft too). */
export async function restoreFrontRevision(actor: Actor, ref: string, input: { version: number; revisionId: string }) {
  assertCan(actor, "front.manage");
  const front = await findFront(ref);
  return db.$transaction(async (tx) => {
    await lockedFront(tx, front, input.version);
    const revision = await tx.frontRevision.findFirst({ where: { id: String(input.revisionId ?? ""), frontKey: front.key } });
    if (!revision) throw new NotFoundError(msg("fronts.errors.revisionGone"));
    const layout = storedArrangement(revision.slots, front.count);
    const saved = await publishLayout(tx, front, layout, "restore", actor.id, new Date(), {});
    await audit(tx, actor, "front.restore", front, `version ${revision.number}: ${await describe(tx, layout)}`);
    return { version: saved.version, invalidate: [TAGS.front(front.path)] };
  });
}

/**
 * The scheduler's part (src/app/api/internal/publish-due): publishes layouts
 * whose time has come and expires fronts whose pins ran out, exactly once
 * (each front is claimed by its version).
 */
export async function publishDueFronts(now: Date = new Date()): Promise<{ changed: string[]; invalidate: string[] }> {
  const due = await db.front.findMany({ where: { nextChangeAt: { lte: now } }, select: { key: true } });
  const changed: string[] = [];
  const invalidate: string[] = [];
  for (const { key } of due) {
    const front = await frontByKey(key);
    if (!front) continue;
    const done = await db.$transaction(async (tx) => {
      const row = await tx.front.findUnique({ where: { key } });
      if (!row?.nextChangeAt || row.nextChangeAt > now) return false;
      if (row.scheduledAt && row.scheduledAt <= now && row.scheduled) {
        const layout = storedArrangement(row.scheduled, front.count);
        await publishLayout(tx, front, layout, "scheduled", row.updatedById, now, { scheduled: null });
        await recordAudit(tx, { action: "front.publish-scheduled", targetType: "front", targetId: key, detail: `${await describe(tx, layout)} (due ${row.scheduledAt.toISOString()})` });
        await enqueueFrontPublished(tx, front);
      } else {
        // A pin ran out: readers' view changes, the layout does not.
        const published = row.published ? storedLayout(row.published, front.count) : null;
        await tx.front.update({ where: { key }, data: { nextChangeAt: earliest(nextPinEnd(published, now.getTime()), row.scheduledAt) } });
      }
      return true;
    });
    if (done) {
      changed.push(key);
      invalidate.push(TAGS.front(front.path));
    }
  }
  return { changed, invalidate };
}

async function frontByKey(key: string): Promise<FrontRef | null> {
  if (key === "home") return findFront("home");
  const section = await db.section.findUnique({ where: { id: key.replace(/^section:/, "") }, select: { slug: true } });
  return section ? findFront(section.slug) : null;
}
