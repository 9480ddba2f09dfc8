// Which files exist for an image and what they are called. Pure and shared:
// the processing pipeline writes exactly these names, the reader pages and
// the newsroom build their URLs from them, so the two cannot disagree.

/** Widths of the uncropped image (original aspect ratio), for body images. */
export const FULL_WIDTHS = [480, 800, 1200, 1600] as const;
/** Crops that follow the focal point: 16:9 for teasers and the lead image, 1:1 for square slots. */
export const CROPS = {
  wide: { ratio: 16 / 9, widths: [400, 800, 1200, 1600] },
  square: { ratio: 1, widths: [400, 800] },
} as const;
export type CropName = keyof typeof CROPS;
/** The share image (Open Graph, JSON-LD): JPEG, because not every platform reads WebP or AVIF. */
export const SHARE = { width: 1200, height: 630 } as const;
export const FORMATS = ["avif", "webp"] as const;
export type Format = (typeof FORMATS)[number];
/** The small image the newsroom shows in lists, pickers and the editor. */
export const THUMB_WIDTH = 480;
/** The longest side of the stored master the variants are made from. */
export const MASTER_MAX = 2560;

export const MEDIA_ROUTE = "/media";

/** What a page needs to show an image: no URLs stored, they follow from these. */
export type ImageRef = {
  id: string;
  /** False while the variants are still being made: readers then fetch through the app, which makes what is missing. */
  ready?: boolean;
  /** Bumped when the focal point moves: crop URLs change, so caches never serve an old crop. */
  rev: number;
  width: number;
  height: number;
  alt: string;
  /** A tiny blurred preview (data: URL) shown until the image arrives. */
  placeholder: string;
};

export type Rect = { left: number; top: number; width: number; height: number };

/** The widths to produce for a picture `available` pixels wide: never larger than the source, always at least one. */
export function widthsFor(available: number, wanted: readonly number[]): number[] {
  const fitting = wanted.filter((w) => w <= available);
  const largest = Math.min(available, wanted[wanted.length - 1]!);
  return [...new Set([...fitting, largest])].sort((a, b) => a - b);
}

/**
 * The largest rectangle of `ratio` (width / height) inside a `width`×`height`
 * image, centred on the focal point (fractions 0..1 from the top left) and
 * shifted as little as needed to stay inside the image.
 */
export function focalCrop(width: number, height: number, focalX: number, focalY: number, ratio: number): Rect {
  const cropWidth = Math.max(1, Math.min(width, Math.round(height * ratio)));
  const cropHeight = Math.max(1, Math.min(height, Math.round(cropWidth / ratio)));
  const clamp = (v: number, max: number) => Math.min(Math.max(0, v), max);
  const left = clamp(Math.round(focalX * width - cropWidth / 2), width - cropWidth);
  const top = clamp(Math.round(focalY * height - cropHeight / 2), height - cropHeight);
  return { left, top, width: cropWidth, height: cropHeight };
}

/** Size of a crop of a `width`×`height` image. */
export function cropSize(width: number, height: number, crop: CropName) {
  const r = focalCrop(width, height, 0.5, 0.5, CROPS[crop].ratio);
  return { width: r.width, height: r.height };
}

// ---- Storage keys (relative to the media store) ---------------------------

/**
 * The master: JPEG for photos (encoded in a tenth of WebP's time, so an upload
 * answers sooner), WebP where there is transparency. Images from before kept
 * a WebP master; readers of the master try both names.
 */
export const MASTER_FORMATS = ["jpg", "webp"] as const;
export type MasterFormat = (typeof MASTER_FORMATS)[number];

export const keys = {
  master: (id: string, format: MasterFormat) => `${id}/master.${format}`,
  thumb: (id: string) => `${id}/thumb.webp`,
  full: (id: string, width: number, format: Format) => `${id}/full-${width}.${format}`,
  crop: (id: string, rev: number, crop: CropName, width: number, format: Format) => `${id}/r${rev}/${crop}-${width}.${format}`,
  share: (id: string, rev: number) => `${id}/r${rev}/share.jpg`,
  revisionFolder: (id: string, rev: number) => `${id}/r${rev}`,
};

/** Whether every variant of the image's current revision is made (readyRev caught up with rev). */
export const variantsComplete = (image: { rev: number; readyRev: number }) => image.readyRev >= image.rev;

/** What `variantsOf` needs to know of an image. */
export type VariantSubject = { id: string; rev: number; width: number; height: number; focalX: number; focalY: number };

/** One file made from the master: the uncropped image at a width, a focal-point crop, or the share image. */
export type Variant =
  | { key: string; kind: "full"; width: number; format: Format }
  | { key: string; kind: "crop"; crop: CropName; width: number; format: Format; rect: Rect }
  | { key: string; kind: "share"; rect: Rect };

/**
 * Every variant an image has at its current revision: exactly the files the
 * reader pages name (fullPicture, cropPicture, shareUrl), no more. The only
 * files the media route makes on request, so nobody can ask the server to
 * encode a width or a revision it would never use.
 */
export function variantsOf(image: VariantSubject): Variant[] {
  const out: Variant[] = [];
  for (const width of widthsFor(image.width, FULL_WIDTHS)) {
    for (const format of FORMATS) out.push({ key: keys.full(image.id, width, format), kind: "full", width, format });
  }
  for (const crop of Object.keys(CROPS) as CropName[]) {
    const rect = focalCrop(image.width, image.height, image.focalX, image.focalY, CROPS[crop].ratio);
    for (const width of widthsFor(rect.width, CROPS[crop].widths)) {
      for (const format of FORMATS) out.push({ key: keys.crop(image.id, image.rev, crop, width, format), kind: "crop", crop, width, format, rect });
    }
  }
  out.push({ key: keys.share(image.id, image.rev), kind: "share", rect: focalCrop(image.width, image.height, image.focalX, image.focalY, SHARE.width / SHARE.height) });
  return out;
}

/** The image a public key belongs to, or null for anything that is not one. */
export function imageIdOf(key: string): string | null {
  return isPublicKey(key) ? key.slice(0, 24) : null;
}

/** Keys that the public media route may serve: everything but the master. */
export function isPublicKey(key: string): boolean {
  return /^[a-f0-9]{24}\/(thumb\.webp|full-\d{2,4}\.(avif|webp)|r\d{1,6}\/((wide|square)-\d{2,4}\.(avif|webp)|share\.jpg))$/.test(key);
}

export const mediaUrl = (key: string) => `${MEDIA_ROUTE}/${key}`;

/** How a key becomes an address: the app's route by default; reader pages pass publicMediaUrl (MEDIA_PUBLIC_URL). */
export type UrlOf = (key: string) => string;

export type Source = { type: string; srcSet: string };
export type Picture = { sources: Source[]; src: string; width: number; height: number };

/** `<picture>` sources for the uncropped image: AVIF first, WebP as fallback and `src`. */
export function fullPicture(image: Pick<ImageRef, "id" | "width" | "height">, urlOf: UrlOf = mediaUrl): Picture {
  const widths = widthsFor(image.width, FULL_WIDTHS);
  const srcSet = (format: Format) => widths.map((w) => `${urlOf(keys.full(image.id, w, format))} ${w}w`).join(", ");
  const middle = widths[Math.min(1, widths.length - 1)]!;
  return {
    sources: FORMATS.map((f) => ({ type: `image/${f}`, srcSet: srcSet(f) })),
    src: urlOf(keys.full(image.id, middle, "webp")),
    width: image.width,
    height: image.height,
  };
}

/** `<picture>` sources for a focal-point crop. */
export function cropPicture(image: Pick<ImageRef, "id" | "rev" | "width" | "height">, crop: CropName, urlOf: UrlOf = mediaUrl): Picture {
  const size = cropSize(image.width, image.height, crop);
  const widths = widthsFor(size.width, CROPS[crop].widths);
  const srcSet = (format: Format) => widths.map((w) => `${urlOf(keys.crop(image.id, image.rev, crop, w, format))} ${w}w`).join(", ");
  const middle = widths[Math.min(1, widths.length - 1)]!;
  return {
    sources: FORMATS.map((f) => ({ type: `image/${f}`, srcSet: srcSet(f) })),
    src: urlOf(keys.crop(image.id, image.rev, crop, middle, "webp")),
    width: size.width,
    height: size.height,
  };
}

export const thumbUrl = (id: string) => mediaUrl(keys.thumb(id));
export const shareUrl = (image: Pick<ImageRef, "id" | "rev">, urlOf: UrlOf = mediaUrl) => urlOf(keys.share(image.id, image.rev));
/** The largest 16:9 crop, for JSON-LD's image list. */
export function largestCropUrl(image: Pick<ImageRef, "id" | "rev" | "width" | "height">, crop: CropName, urlOf: UrlOf = mediaUrl): string {
  const size = cropSize(image.width, image.height, crop);
  const widths = widthsFor(size.width, CROPS[crop].widths);
  return urlOf(keys.crop(image.id, image.rev, crop, widths[widths.length - 1]!, "webp"));
}
