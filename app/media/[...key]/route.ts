import { mediaStorage } from "@/modules/infrastructure";
import { isPublicKey } from "@/modules/media/variants";

// Image files for readers and the newsroom. Every URL names a file that never
// changes (a moved focal point gets new URLs), so caches may keep it for a year.
const TYPES: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };
// A file is never a document: nothing in it may run, load or be framed as a page.
const MEDIA_POLICY = "default-src 'none'; sandbox";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const data = isPublicKey(key) ? await mediaStorage().get(key) : null;
  if (!data) {
    return new Response("Bild nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": MEDIA_POLICY } });
  }
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": TYPES[key.slice(key.lastIndexOf(".") + 1)]!,
      "Content-Length": String(data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": MEDIA_POLICY,
    },
  });
}
