import { ForbiddenError, TooManyRequestsError, UnauthorizedError, ValidationError, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { isSameOrigin, readBodyLimited } from "@/lib/http-body";
import { getCurrentUser } from "@/modules/auth/session";
import { formatMegabytes } from "@/modules/media/detect";
import { maxUploadBytes, uploadImage } from "@/modules/media/service";

// One image per request, the file as the body (so the browser can report
// progress and the size limit holds before the whole file is read).
// The permission check is in uploadImage.
const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return json(403, { message: "Uploads are only accepted from the newsroom's own pages." });
  let fileName = "";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    return json(400, { message: "File name: could not be read." });
  }
  try {
    const actor = await getCurrentUser();
    if (!actor) throw new UnauthorizedError();
    const limit = maxUploadBytes();
    const data = await readBodyLimited(request, limit);
    if (data === "too-large") {
      const size = Number(request.headers.get("content-length"));
      return json(413, { message: `${fileName || "The file"}: ${size > 0 ? `the file is ${formatMegabytes(size)}; ` : ""}at most ${formatMegabytes(limit)} per image.` });
    }
    const media = await uploadImage(actor, { fileName, data });
    return json(201, { media });
  } catch (error) {
    if (error instanceof ValidationError) return json(400, { message: Object.values(error.fieldErrors).flat()[0] ?? error.message });
    if (error instanceof UnauthorizedError) return json(401, { message: "Please sign in again." });
    if (error instanceof ForbiddenError) return json(403, { message: error.message });
    if (error instanceof TooManyRequestsError) {
      return Response.json({ message: error.message }, { status: 429, headers: { "Cache-Control": "no-store", "Retry-After": String(error.retryAfterSeconds) } });
    }
    if (isAppError(error)) return json(400, { message: error.message });
    log.error("media.upload-failed", { error });
    return json(500, { message: "Something went wrong on our side and the image was not saved. Please try again." });
  }
}
