import { msg } from "@/i18n/message";
import "server-only";
import type { Fields } from "@/lib/validation";
import { randomBytes } from "node:crypto";
import { config } from "@server/config.mjs";
import { db, type Db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { assertCan } from "../access/policy";
import { publishedArticleTags, TAGS } from "../articles/cache-tags";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { checkFileName, describeRefusal, detectImageType, megabytes } from "./detect";
import { MEDIA_ID } from "../articles/body";
import { mediaItemInclude, toMediaItem, type MediaItem } from "./dto";
import { ImageReadError, imageWork, inspect, prepareUpload } from "./process";
import { completeVariants, hasMaster, stopVariants } from "./variant-maker";
import { checkMediaDetails, focalSchema, mediaRefSchema, type MediaRef } from "./schema";
import { mediaStorage, rateLimiter } from "../infrastructure";
import { enqueueMediaUpdated } from "../webhooks/outbox";

// The media library: upload, details, focal point, delete. Files are written
// before the row that names them and removed after the row is gone, so a row
// never points at missing files.

/** The largest upload accepted (MEDIA_MAX_MB, default 20). */
export function maxUploadBytes(): number {
  return config().media.maxBytes;
}

export type MediaWrite = { media: MediaItem; invalidate: string[] };


function parseRef(input: unknown): MediaRef {
  const ref = mediaRefSchema.safeParse(input);
  if (!ref.success) throw new ValidationError({ form: [msg("media.errors.noRef")] });
  return ref.data;
}

const subjectOf = (m: { id: string; uploadedById: string | null }) => ({ id: m.id, authorId: m.uploadedById ?? "", status: "MEDIA" });

const CONFLICT = msg("media.errors.conflict");

function audit(tx: Tx, actor: Actor, action: string, targetId: string, detail = "") {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: "media", targetId, ip: actor.ip, detail });
}

/** Reader caches that show an image: every published article using it, and the lists (teasers). */
async function tagsForImage(tx: Tx, mediaId: string): Promise<string[]> {
  const articles = await publishedArticleTags(tx, { media: { some: { mediaId } } });
  return articles.length === 0 ? [] : [TAGS.publishedList, ...articles];
}

/**
 * Takes an upload: checks its name, size and content (by its bytes), strips
 * metadata, applies orientation, stores the master and the newsroom thumbnail,
 * and records it. It answers then: the image can be seen, described, given a
 * focal point and used at once. The variants follow in the background
 * (variant-maker.ts); one asked for before it is made is made on request.
 */
export async function uploadImage(actor: Actor, input: { fileName: string; data: Buffer }): Promise<MediaItem> {
  assertCan(actor, "media.upload");
  const name = checkFileName(input.fileName);
  if (!name.ok) throw new ValidationError({ file: [name.message] });
  const limit = maxUploadBytes();
  if (input.data.length > limit) {
    throw new ValidationError({ file: [msg("media.errors.tooLarge", { name: name.name, size: megabytes(input.data.length), max: megabytes(limit) })] });
  }
  if (input.data.length === 0) throw new ValidationError({ file: [msg("media.errors.empty", { name: name.name })] });
  const type = detectImageType(input.data);
  if (!type) throw new ValidationError({ file: [msg("media.errors.withFile", { name: name.name, message: describeRefusal(input.data) })] });

  await checkUploadRate(actor);

  const id = randomBytes(12).toString("hex");
  const storage = mediaStorage();
  const started = performance.now();
  try {
    // The header first (cheap): a too-large image is refused before it waits for its turn.
    const info = await inspect(input.data, type);
    const prepared = await imageWork.run(async () => {
      const result = await prepareUpload(id, input.data);
      await Promise.all(result.files.map((file) => storage.put(file.key, file.data)));
      return result;
    });
    const row = await db.$transaction(async (tx) => {
      const created = await tx.mediaAsset.create({
        data: {
          id,
          fileName: name.name,
          type,
          bytes: input.data.length,
          width: prepared.width,
          height: prepared.height,
          placeholder: prepared.placeholder,
          uploadedById: actor.id,
        },
        include: mediaItemInclude,
      });
      await audit(tx, actor, "media.upload", id, `${name.name} (${type}, ${info.width}×${info.height}${info.frames > 1 ? `, first of ${info.frames} frames` : ""})`);
      return created;
    });
    log.info("media.uploaded", { mediaId: id, userId: actor.id, type, bytes: input.data.length, ms: Math.round(performance.now() - started) });
    void completeVariants(id, prepared.pixels);
    return toMediaItem(actor, row);
  } catch (error) {
    await storage.removeFolder(id).catch(() => undefined);
    if (error instanceof ImageReadError) throw new ValidationError({ file: [msg("media.errors.withFile", { name: name.name, message: error.message })] });
    throw error;
  }
}

/** Uploads per person: 60 in 10 minutes (a photographer's whole gallery), counted in one statement. */
export const UPLOAD_RATE = { limit: 60, windowMs: 10 * 60_000 } as const;

async function checkUploadRate(actor: Actor) {
  const counted = await rateLimiter().consume({ key: `upload:${actor.id}`, limit: UPLOAD_RATE.limit, windowMs: UPLOAD_RATE.windowMs });
  if (!counted.allowed) {
    const seconds = Math.max(1, Math.ceil((counted.resetAt.getTime() - Date.now()) / 1000));
    log.warn("media.upload-throttled", { userId: actor.id, retryAt: counted.resetAt.toISOString() });
    throw new TooManyRequestsError(msg("media.errors.rate", { limit: UPLOAD_RATE.limit, minutes: Math.ceil(seconds / 60) }), seconds);
  }
}

async function loadImage(tx: Db | Tx, id: string) {
  const image = await tx.mediaAsset.findUnique({ where: { id }, include: mediaItemInclude });
  if (!image) throw new NotFoundError(msg("media.errors.gone"));
  return image;
}

/** Alt text (required: what the picture shows), caption and credit. */
export async function updateImageDetails(actor: Actor, refInput: MediaRef, input: Fields): Promise<MediaWrite> {
  const ref = parseRef(refInput);
  const details = checkMediaDetails(input);
  if (!details.ok) throw new ValidationError(details.fieldErrors);
  return db.$transaction(async (tx) => {
    const current = await loadImage(tx, ref.id);
    assertCan(actor, "media.edit", subjectOf(current));
    if (!details.data.alt) {
      const uses = current._count.usages;
      throw new ValidationError({
        alt: [
          uses > 0 ? msg("media.errors.altRequiredUsed", { count: uses }) : msg("media.errors.altRequired"),
        ],
      });
    }
    const { count } = await tx.mediaAsset.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...details.data, version: { increment: 1 } } });
    if (count !== 1) throw new ConflictError(CONFLICT, current.version);
    await audit(tx, actor, "media.update", ref.id);
    await enqueueMediaUpdated(tx, ref.id);
    return { media: toMediaItem(actor, await loadImage(tx, ref.id)), invalidate: await tagsForImage(tx, ref.id) };
  });
}

/**
 * Moves the focal point: the image gets a new revision (new crop URLs, so no
 * cache anywhere serves the old crop for the new page). Its crops are made
 * after the answer, or on request; the old revision's files go once the new
 * one is complete.
 */
export async function setFocalPoint(actor: Actor, refInput: MediaRef, input: Fields): Promise<MediaWrite> {
  const ref = parseRef(refInput);
  const focal = focalSchema.safeParse(input);
  if (!focal.success) throw new ValidationError({ focal: [focal.error.issues[0]?.message ?? msg("media.errors.focalClick")] });
  const current = await loadImage(db, ref.id);
  assertCan(actor, "media.edit", subjectOf(current));
  if (current.version !== ref.version) throw new ConflictError(CONFLICT, current.version);
  if (!(await hasMaster(current.id))) throw new NotFoundError(msg("media.errors.masterMissing"));
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.mediaAsset.updateMany({
      where: { id: current.id, version: ref.version },
      data: { focalX: focal.data.x, focalY: focal.data.y, rev: { increment: 1 }, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(CONFLICT);
    await audit(tx, actor, "media.focal-point", current.id, `${Math.round(focal.data.x * 100)} %, ${Math.round(focal.data.y * 100)} %`);
    await enqueueMediaUpdated(tx, current.id);
    return { media: toMediaItem(actor, await loadImage(tx, current.id)), invalidate: await tagsForImage(tx, current.id) };
  });
  void completeVariants(current.id);
  return result;
}

/**
 * Deletes an image. One in use needs `confirmInUse` (the person saw the
 * warning with the articles' names) and an editor; articles lose it as lead
 * image and skip it in the body.
 */
export async function deleteImage(actor: Actor, idInput: string, options: { confirmInUse?: boolean } = {}): Promise<{ invalidate: string[] }> {
  const id = typeof idInput === "string" && MEDIA_ID.test(idInput) ? idInput : null;
  if (!id) throw new ValidationError({ form: [msg("media.errors.noImage")] });
  const result = await db.$transaction(async (tx) => {
    const image = await loadImage(tx, id);
    assertCan(actor, "media.delete", subjectOf(image));
    const uses = image._count.usages;
    if (uses > 0) {
      assertCan(actor, "media.deleteInUse", subjectOf(image));
      if (!options.confirmInUse) {
        throw new ValidationError({ confirm: [msg("media.errors.inUse", { count: uses })] });
      }
    }
    const invalidate = await tagsForImage(tx, id);
    await tx.mediaAsset.delete({ where: { id } });
    await audit(tx, actor, "media.delete", id, `${image.fileName}${uses > 0 ? ` (was used in ${uses})` : ""}`);
    return { invalidate };
  });
  // Variants still being made for it stop first, so no file of it is written after its folder is gone.
  await stopVariants(id);
  await mediaStorage().removeFolder(id).catch((error) => log.warn("media.cleanup-failed", { mediaId: id, error }));
  return result;
}
