import { msg } from "@/i18n/message";
import "server-only";
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { createWorkQueue } from "@/lib/work-queue";
import type { ImageType } from "./detect";
import { MASTER_MAX, SHARE, THUMB_WIDTH, keys, type Format, type MasterFormat, type Variant } from "./variants";

// The image pipeline: decode once (orientation applied, metadata dropped),
// keep a master of bounded size, and make every variant from it. An upload
// makes only the master, the newsroom thumbnail and the placeholder (what a
// person needs to go on working); the variants follow (variant-maker.ts).
// Outputs carry no EXIF, GPS or XMP: sharp writes none unless asked to.

export class ImageReadError extends Error {}

// libvips' operation cache would keep decoded images around between uploads.
sharp.cache(false);
// One thread per image operation (libvips and the AVIF encoder): the variants made in the background then
// take one core, never both, and the reader pages keep the other.
sharp.concurrency(1);

export type StoredFile = { key: string; data: Buffer };
export type Pixels = { data: Buffer; info: OutputInfo };

const SHARP_FORMAT: Record<ImageType, string> = { jpeg: "jpeg", png: "png", gif: "gif", webp: "webp", avif: "heif" };
/** 100 megapixels (a medium-format camera): a bigger image is a decompression bomb, not a news photo. */
export const MAX_MEGAPIXELS = 100;
const MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000;

/**
 * Decoding and encoding run one job at a time, whoever asks: one
 * 100-megapixel decode takes ~300 MB for a moment and both cores; three at
 * once would take the memory the reader pages need. Up to 8 people wait their
 * turn, the 9th is asked to come back; the variants made in the background
 * wait for a moment when nobody does.
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
 * What an upload answers with: the master (JPEG, or WebP where there is
 * transparency), the newsroom thumbnail and the placeholder. About a third of
 * a second for a 24-megapixel photo on one core; the decode shrinks a large
 * JPEG while it reads it.
 */
export async function prepareUpload(id: string, input: Buffer): Promise<Prepared> {
  let pixels: Pixels;
  try {
    pixels = await decode(input, MASTER_MAX);
  } catch {
    throw new ImageReadError(msg("media.errors.incomplete"));
  }
  const { width, height, channels } = pixels.info;
  // Transparency (grey or colour with alpha) needs WebP; everything else is a photo.
  const masterFormat: MasterFormat = channels === 2 || channels === 4 ? "webp" : "jpg";
  const master = masterFormat === "jpg" ? fromPixels(pixels).jpeg({ quality: 92, chromaSubsampling: "4:4:4" }) : fromPixels(pixels).webp({ quality: 90, effort: 2 });
  const [masterData, thumb, placeholder] = await Promise.all([
    master.toBuffer(),
    fromPixels(pixels).resize({ width: Math.min(THUMB_WIDTH, width) }).webp({ quality: 75 }).toBuffer(),
    fromPixels(pixels).resize({ width: 16 }).webp({ quality: 40 }).toBuffer(),
  ]);
  return {
    width,
    height,
    placeholder: `data:image/webp;base64,${placeholder.toString("base64")}`,
    files: [
      { key: keys.master(id, masterFormat), data: masterData },
      { key: keys.thumb(id), data: thumb },
    ],
    pixels,
  };
}

/** Reads a stored master back into pixels, to make variants from. */
export async function pixelsOfMaster(master: Buffer): Promise<Pixels> {
  return sharp(master).raw().toBuffer({ resolveWithObject: true });
}

/** One variant (variants.ts's variantsOf) from the master's pixels. */
export function renderVariant(variant: Variant, pixels: Pixels): Promise<Buffer> {
  switch (variant.kind) {
    case "full":
      return encoders[variant.format](fromPixels(pixels).resize({ width: variant.width })).toBuffer();
    case "crop":
      return encoders[variant.format](fromPixels(pixels).extract(variant.rect).resize({ width: variant.width })).toBuffer();
    case "share":
      return fromPixels(pixels)
        .extract(variant.rect)
        .resize(SHARE.width, SHARE.height, { fit: "cover" })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer();
  }
}

