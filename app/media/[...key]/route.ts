import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { mediaStorage } from "@/modules/infrastructure";
import { makeVariantOnRequest } from "@/modules/media/variant-maker";
import { imageIdOf, isPublicKey, keys } from "@/modules/media/variants";

// Image files for readers and the newsroom. Every URL names a file that never
// changes (a moved focal point gets new URLs), so caches may keep it for a year.
// A variant not made yet (an upload answers before its variants are made) is
// made now and kept; when the image queue is full, the thumbnail stands in,
// uncached, so nobody sees a broken image and the real file comes next time.
const TYPES: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };
// A file is never a document: nothing in it may run, load or be framed as a page.
const MEDIA_POLICY = "default-src 'none'; sandbox";
const SAFE = { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": MEDIA_POLICY };

function file(data: Buffer, type: string, cacheControl: string) {
  return new Response(new Uint8Array(data), { headers: { "Content-Type": type, "Content-Length": String(data.length), "Cache-Control": cacheControl, ...SAFE } });
}

async function madeNow(key: string): Promise<Response | null> {
  try {
    const data = await makeVariantOnRequest(key);
    return data ? file(data, TYPES[key.slice(key.lastIndexOf(".") + 1)]!, "public, max-age=31536000, immutable") : null;
  } catch (error) {
    if (!isAppError(error)) log.error("media.variant-failed", { key, error });
    const thumb = await mediaStorage().get(keys.thumb(imageIdOf(key)!));
    return thumb ? file(thumb, "image/webp", "no-store") : null;
  }
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  if (isPublicKey(key)) {
    const data = await mediaStorage().get(key);
    if (data) return file(data, TYPES[key.slice(key.lastIndexOf(".") + 1)]!, "public, max-age=31536000, immutable");
    const made = await madeNow(key);
    if (made) return made;
  }
  return new Response("Bild nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60", ...SAFE } });
}
