import { ForbiddenError, TooManyRequestsError, UnauthorizedError, ValidationError, isAppError } from "@/lib/errors";
import { config } from "@server/config.mjs";
import { log } from "@/lib/log";
import { isSameOrigin, readBodyLimited } from "@/lib/http-body";
import { getCurrentUser } from "@/modules/auth/session";
import { megabytes } from "@/modules/media/detect";
import { getNewsroomLocale } from "@/i18n/server";
import { msg } from "@/i18n/message";
import { messageIn } from "@/i18n/translator";
import { maxUploadBytes, uploadImage } from "@/modules/media/service";

// One image per request, the file as the body (so the browser can report
// progress and the size limit holds before the whole file is read).
// The permission check is in uploadImage.
/** A refusal in the uploader's language (their profile, else their browser's, else the site's). */
async function refuse(status: number, message: string, headers: Record<string, string> = {}) {
  const locale = await getNewsroomLocale().catch(() => config().newsroomLocale);
  return Response.json({ message: messageIn(locale, message) }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export async function POST(request: Request) {
  if (!isSameOrigin(request)) return refuse(403, msg("media.errors.foreignOrigin"));
  let fileName = "";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    return refuse(400, msg("media.errors.nameUnreadable"));
  }
  try {
    const actor = await getCurrentUser();
    if (!actor) throw new UnauthorizedError();
    const limit = maxUploadBytes();
    const data = await readBodyLimited(request, limit);
    if (data === "too-large") {
      const size = Number(request.headers.get("content-length"));
      const name = fileName || msg("media.errors.theFile");
      return refuse(413, size > 0 ? msg("media.errors.tooLarge", { name, size: megabytes(size), max: megabytes(limit) }) : msg("media.errors.tooLargeUnknown", { name, max: megabytes(limit) }));
    }
    const media = await uploadImage(actor, { fileName, data });
    return Response.json({ media }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ValidationError) return refuse(400, Object.values(error.fieldErrors).flat()[0] ?? error.message);
    if (error instanceof UnauthorizedError) return refuse(401, error.message);
    if (error instanceof ForbiddenError) return refuse(403, error.message);
    if (error instanceof TooManyRequestsError) return refuse(429, error.message, { "Retry-After": String(error.retryAfterSeconds) });
    if (isAppError(error)) return refuse(400, error.message);
    log.error("media.upload-failed", { error });
    return refuse(500, msg("media.errors.internal"));
  }
}
