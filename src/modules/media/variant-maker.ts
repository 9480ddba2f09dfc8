import "server-only";
import { config } from "@server/config.mjs";
import { db } from "@/lib/db";
import { TooManyRequestsError } from "@/lib/errors";
import { log } from "@/lib/log";
import { publishedArticleTags, TAGS } from "../articles/cache-tags";
import { mediaStorage } from "../infrastructure";
import { purge } from "../system/purge";
import { imageWork, pixelsOfMaster, renderVariant, type Pixels } from "./process";
import { imageIdOf, keys, MASTER_FORMATS, variantsComplete, variantsOf, type Variant, type VariantSubject } from "./variants";

// An upload answers as soon as the master and the thumbnail are stored; the
// other variants (widths, crops, share image: about twenty encodes) are made
// here, after the answer, one small job at a time in the image queue's
// background lane. Whatever a reader or the newsroom asks for before it is
// made is made on request, in the queue's front lane, and kept. A server that
// stops halfway leaves the image below its readyRev; the scheduler's tick
// finishes it (completeUnfinishedImages).

const subjectSelect = { id: true, rev: true, readyRev: true, width: true, height: true, focalX: true, focalY: true } as const;
type Subject = VariantSubject & { readyRev: number };

/** The stored master of an image (JPEG since uploads got fast, WebP before and for transparency). */
export async function readMaster(id: string): Promise<Buffer | null> {
  for (const format of MASTER_FORMATS) {
    const data = await mediaStorage().get(keys.master(id, format));
    if (data) return data;
  }
  return null;
}

/** Whether an image's master is stored (a focal point needs it to make crops from). */
export async function hasMaster(id: string): Promise<boolean> {
  for (const format of MASTER_FORMATS) if (await mediaStorage().has(keys.master(id, format))) return true;
  return false;
}

// The last masters decoded: a page asking for three of an image's variants at once decodes it once.
const decoded = new Map<string, Promise<Pixels | null>>();
function pixelsOf(id: string): Promise<Pixels | null> {
  let pixels = decoded.get(id);
  if (!pixels) {
    pixels = readMaster(id).then((master) => (master ? pixelsOfMaster(master) : null));
    keepDecoded(id, pixels);
    pixels.catch(() => decoded.delete(id));
  }
  return pixels;
}

/** Keeps decoded pixels (also those an upload decoded anyway, so its variants start without decoding again). */
function keepDecoded(id: string, pixels: Promise<Pixels | null>) {
  decoded.set(id, pixels);
  // Two at most (a 2560-pixel master is ~20 MB of pixels).
  while (decoded.size > 2) decoded.delete(decoded.keys().next().value!);
}

// One encode per key at a time: a reader's request and the background work never make the same file twice at once.
const making = new Map<string, Promise<Buffer | null>>();

function make(variant: Variant, id: string, lane: "now" | "background"): Promise<Buffer | null> {
  let pending = making.get(variant.key);
  if (!pending) {
    pending = imageWork
      .run(async () => {
        if (deleted.has(id)) return null;
        const pixels = await pixelsOf(id);
        if (!pixels) return null;
        const data = await renderVariant(variant, pixels);
        await mediaStorage().put(variant.key, data);
        return data;
      }, { lane })
      .finally(() => making.delete(variant.key));
    making.set(variant.key, pending);
  }
  return pending;
}

/**
 * A public variant that is not stored yet, made now and kept: only the files
 * the image's current revision names (variantsOf), so no request can make the
 * server encode anything else. Null when there is no such variant (a foreign
 * key, an old revision, a deleted image). Throws TooManyRequestsError when the
 * image queue is full (the caller serves what exists instead).
 */
export async function makeVariantOnRequest(key: string): Promise<Buffer | null> {
  const id = imageIdOf(key);
  if (!id) return null;
  const image = await db.mediaAsset.findUnique({ where: { id }, select: subjectSelect });
  const variant = image ? variantsOf(image).find((v) => v.key === key) : undefined;
  if (!image || !variant) return null;
  const data = await make(variant, id, "now");
  if (data) log.info("media.variant-on-request", { mediaId: id, key });
  return data;
}

const completing = new Map<string, Promise<void>>();
// Images are completed one after another, not interleaved: each decodes its master once and keeps the pixels to the end.
let completionLine: Promise<unknown> = Promise.resolve();

/**
 * Makes whatever an image lacks at its current revision, in the background
 * lane, then records the revision as ready and removes the crops of earlier
 * revisions. Called after an upload (with the pixels it decoded) and after the
 * focal point moved. One image at a time: a call waits for the images before
 * it (and a second call for the same image for the first), then checks again.
 */
export function completeVariants(id: string, pixels?: Pixels): Promise<void> {
  if (pixels) keepDecoded(id, Promise.resolve(pixels));
  const run = completionLine.then(() => completeOnce(id)).catch((error) => {
    if (error instanceof TooManyRequestsError) return;
    log.warn("media.variants-failed", { mediaId: id, error });
  });
  completionLine = run;
  completing.set(id, run);
  void run.finally(() => completing.get(id) === run && completing.delete(id));
  return run;
}

/** The image whose variants are being made now. */
let current: string | null = null;

async function completeOnce(id: string) {
  current = id;
  try {
    await completeImage(id);
  } finally {
    current = null;
  }
}

async function completeImage(id: string) {
  const image: Subject | null = await db.mediaAsset.findUnique({ where: { id }, select: subjectSelect });
  if (!image || variantsComplete(image)) return;
  const started = performance.now();
  const storage = mediaStorage();
  let made = 0;
  for (const variant of variantsOf(image)) {
    if (deleted.has(id)) return;
    if (await storage.has(variant.key)) continue;
    if (!(await make(variant, id, "background"))) {
      if (deleted.has(id)) return;
      // No master to make anything from (lost, or a row without files): nothing will ever be made, so it is
      // recorded as complete instead of being tried again every minute ahead of the images that can be finished.
      const { count } = await db.mediaAsset.updateMany({ where: { id, rev: image.rev }, data: { readyRev: image.rev } });
      if (count === 1) log.warn("media.master-missing", { mediaId: id });
      return;
    }
    made++;
  }
  // Only if the revision is still the current one (the focal point may have moved meanwhile: the next call goes on).
  const { count } = await db.mediaAsset.updateMany({ where: { id, rev: image.rev }, data: { readyRev: image.rev } });
  if (count === 0) {
    // Deleted while its variants were made: what was made after the delete goes too.
    if (!(await db.mediaAsset.findUnique({ where: { id }, select: { id: true } }))) await storage.removeFolder(id).catch(() => undefined);
    return;
  }
  for (let rev = Math.max(1, image.readyRev); rev < image.rev; rev++) {
    await storage.removeFolder(keys.revisionFolder(id, rev)).catch((error) => log.warn("media.cleanup-failed", { mediaId: id, error }));
  }
  log.info("media.variants-ready", { mediaId: id, rev: image.rev, made, ms: Math.round(performance.now() - started) });
  // Pages name variants through the app until the image is ready; with MEDIA_PUBLIC_URL they now name the CDN's.
  if (config().media.publicUrl) {
    const articles = await publishedArticleTags(db, { media: { some: { mediaId: id } } });
    if (articles.length > 0) await purge([TAGS.publishedList, ...articles]);
  }
}

// Images deleted while their variants are being made: the work stops before the next file.
const deleted = new Set<string>();

/**
 * After an image's row is deleted: stops its variants (the one being encoded
 * finishes, nothing after it), forgets its pixels, and resolves once no more
 * files of it will be written here, so the caller can remove its folder for good.
 */
export async function stopVariants(id: string): Promise<void> {
  deleted.add(id);
  decoded.delete(id);
  try {
    // Only a completion already under way can still write; one waiting its turn finds the row gone.
    await Promise.all([current === id ? completing.get(id) : undefined, ...[...making].filter(([key]) => key.startsWith(`${id}/`)).map(([, pending]) => pending.catch(() => null))]);
  } finally {
    deleted.delete(id);
  }
}

/** Waits until the variants of an image being made in this process are done (tests, the bench). */
export function variantsSettled(id: string): Promise<void> {
  return completing.get(id) ?? Promise.resolve();
}

let lastLook = 0;

/**
 * Images a stopped server left unfinished (below their readyRev for over a
 * minute): the scheduler's tick hands them here; once a minute at most, one
 * image at a time, not awaited.
 */
export async function completeUnfinishedImages(now = Date.now()): Promise<number> {
  if (completing.size > 0 || now - lastLook < 60_000) return 0;
  lastLook = now;
  const unfinished = await db.mediaAsset.findMany({
    where: { readyRev: { lt: db.mediaAsset.fields.rev }, updatedAt: { lt: new Date(now - 60_000) } },
    select: { id: true },
    orderBy: { updatedAt: "asc" },
    take: 1,
  });
  for (const image of unfinished) void completeVariants(image.id);
  return unfinished.length;
}
