import { msg } from "@/i18n/message";
import "server-only";
import os from "node:os";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { createWorkQueue } from "@/lib/work-queue";
import type { ImageType } from "./detect";
import { CROPS, FORMATS, FULL_WIDTHS, MASTER_MAX, SHARE, THUMB_WIDTH, focalCrop, keys, widthsFor, type CropName, type Format } from "./variants";

// The image pipeline: decode once (orientation applied, metadata dropped),
// keep a master of bounded size, and make every variant from it. Outputs carry
// no EXIF, GPS or XMP: sharp writes none unless asked to.

export class ImageReadError extends Error {}

// libvips' operation cache would keep decoded images around between uploads.
sharp.cache(false);

/**
 * Runs encodes a few at a time (one per core): all at once, the AVIF encoders
 * of one photo took over 200 MB more memory and no less time on two cores.
 */
async function inTurns<T>(jobs: (() => Promise<T>)[], parallel = Math.max(1, os.availableParallelism())): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
  return results;
}

export type StoredFile = { key: string; data: Buffer };
type Pixels = { data: Buffer; info: OutputInfo };

const SHARP_FORMAT: Record<ImageType, string> = { jpeg: "jpeg", png: "png", gif: "gif", webp: "webp", avif: "heif" };
/** 100 megapixels (a medium-format camera): a bigger image is a decompression bomb, not a news photo. */
export const MAX_MEGAPIXELS = 100;
const MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000;

/**
 * Decoding and encoding run one image at a time, whoever uploads: one
 * 100-megapixel decode with its 21 encodes takes ~100 MB and both cores for a
 * few seconds; three at once would take the memory the reader pages need.
 * Up to 8 wait their turn; the 9th is asked to come back.
 */
export const imageWork = createWorkQueue({
  concurrency: 1,
  maxWaiting: 8,
  busyMessage: msg("media.errors.busy"),
});

const encoders: Record<Format, (s: Sharp) => Sharp> = {
  avif: (s) => s.avif({ quality: 55, effort: 2 }),
  webp: (s) => s.webp({ quality: 78 }),
};

function fromPixels(p: Pixels) {
  return sharp(p.data, { raw: { width: p.info.width, height: p.info.height, channels: p.info.channels } });
}

async function decode(input: Buffer, maxSide: number): Promise<Pixels> {
  return sharp(input, { failOn: "error", limitInputPixels: MAX_PIXELS })
    .rotate() // applies the EXIF orientation, so the stored pixels are upright
    .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** Checks that sharp reads the bytes as the type their signature claims, whole. */
export async function inspect(input: Buffer, type: ImageType): Promise<{ width: number; height: number; frames: number }> {
  let meta: Metadata;
  try {
    // The header only: the pixel limit below is checked before anything is decoded.
    meta = await sharp(input, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    throw new ImageReadError(msg("media.errors.damaged"));
  }
  if (meta.format !== SHARP_FORMAT[type] || !meta.width || !meta.height) {
    throw new ImageReadError(msg("media.errors.mismatch"));
  }
  if (meta.width * meta.height > MAX_PIXELS) {
    throw new ImageReadError(msg("media.errors.tooManyPixels", { width: meta.width, height: meta.height, max: MAX_MEGAPIXELS }));
  }
  return { width: meta.width, height: meta.height, frames: meta.pages ?? 1 };
}

export type Prepared = { width: number; height: number; placeholder: string; files: StoredFile[]; pixels: Pixels };

/**
 * Everything that does not depend on the focal point: the master, the
 * uncropped widths in AVIF and WebP, the newsroom thumbnail and the placeholder.
 */
export async function prepareImage(id: string, input: Buffer): Promise<Prepared> {
  let pixels: Pixels;
  try {
    pixels = await decode(input, MASTER_MAX);
  } catch {
    throw new ImageReadError(msg("media.errors.incomplete"));
  }
  const { width, height } = pixels.info;
  const jobs: (() => Promise<StoredFile>)[] = [
    () => fromPixels(pixels).webp({ quality: 90 }).toBuffer().then((data) => ({ key: keys.master(id), data })),
    () => fromPixels(pixels).resize({ width: Math.min(THUMB_WIDTH, width) }).webp({ quality: 75 }).toBuffer().then((data) => ({ key: keys.thumb(id), data })),
  ];
  for (const w of widthsFor(width, FULL_WIDTHS)) {
    for (const format of FORMATS) {
      jobs.push(() => encoders[format](fromPixels(pixels).resize({ width: w })).toBuffer().then((data) => ({ key: keys.full(id, w, format), data })));
    }
  }
  const placeholder = await fromPixels(pixels).resize({ width: 16 }).webp({ quality: 40 }).toBuffer();
  const files = await inTurns(jobs);
  return { width, height, placeholder: `data:image/webp;base64,${placeholder.toString("base64")}`, files, pixels };
}

/** Reads a stored master back into pixels, for new crops after the focal point moved. */
export async function pixelsOfMaster(master: Buffer): Promise<Pixels> {
  return sharp(master).raw().toBuffer({ resolveWithObject: true });
}

/** The focal-point crops (16:9, 1:1 in AVIF and WebP) and the 1200×630 share JPEG for revision `rev`. */
export async function renderCrops(id: string, rev: number, pixels: Pixels, focal: { x: number; y: number }): Promise<StoredFile[]> {
  const { width, height } = pixels.info;
  const jobs: (() => Promise<StoredFile>)[] = [];
  for (const crop of Object.keys(CROPS) as CropName[]) {
    const rect = focalCrop(width, height, focal.x, focal.y, CROPS[crop].ratio);
    for (const w of widthsFor(rect.width, CROPS[crop].widths)) {
      for (const format of FORMATS) {
        jobs.push(() => encoders[format](fromPixels(pixels).extract(rect).resize({ width: w })).toBuffer().then((data) => ({ key: keys.crop(id, rev, crop, w, format), data })));
      }
    }
  }
  const shareRect = focalCrop(width, height, focal.x, focal.y, SHARE.width / SHARE.height);
  jobs.push(() =>
    fromPixels(pixels)
      .extract(shareRect)
      .resize(SHARE.width, SHARE.height, { fit: "cover" })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
      .then((data) => ({ key: keys.share(id, rev), data })),
  );
  return inTurns(jobs);
}
