import "server-only";
import { config } from "@server/config.mjs";
import { mediaUrl, type ImageRef, type UrlOf } from "./variants";

/**
 * Where readers' browsers fetch a public media file. With MEDIA_PUBLIC_URL (a
 * CDN, or the bucket's public address) the file comes from there: for a local
 * folder the address mirrors the app's /media route, for a bucket it is the
 * object's key (under S3_PREFIX). Without it, the app serves the file itself.
 * The storage seam's urlFor and the reader pages use this one rule.
 */
export function publicMediaUrl(key: string): string {
  const { publicUrl, s3 } = config().media;
  if (!publicUrl) return mediaUrl(key);
  return `${publicUrl}/${s3?.prefix ? `${s3.prefix}/` : ""}${key}`;
}

/**
 * The addresses of one image's files on reader pages: the public URL once its
 * variants are all made; through the app's /media route until then, which
 * makes a missing one on request (a bucket or CDN could only answer 404).
 */
export function readerUrlsOf(image: Pick<ImageRef, "ready">): UrlOf {
  return image.ready === false ? mediaUrl : publicMediaUrl;
}

/** An absolute address for feeds and structured data: the public URL as it is, the app's route on the site's origin. */
export function absoluteMediaUrl(url: string, siteUrl: string): string {
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url}`;
}
