"use server";

import { after } from "next/server";
import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { listLibrary } from "@/modules/media/queries";
import { deleteImage, setFocalPoint, updateImageDetails, type MediaWrite } from "@/modules/media/service";

// Each action: authenticate, let the media service check the permission table,
// expire the reader pages it names after the response (as article actions do).
function expireAfter(result: { invalidate: string[] }) {
  if (result.invalidate.length > 0) after(() => invalidateTags(result.invalidate));
}

export async function searchMediaAction(query: unknown, filter: unknown = "all") {
  return runAction("media.search", async () => {
    const actor = await requireUser();
    const library = await listLibrary(actor, { query: typeof query === "string" ? query : "", filter: typeof filter === "string" ? filter : "all" });
    return library.items;
  });
}

export async function updateImageDetailsAction(ref: unknown, input: unknown) {
  return runAction("media.update", async () => {
    const result: MediaWrite = await updateImageDetails(await requireUser(), ref, input);
    expireAfter(result);
    return result.media;
  });
}

export async function setFocalPointAction(ref: unknown, input: unknown) {
  return runAction("media.focal-point", async () => {
    const result = await setFocalPoint(await requireUser(), ref, input);
    expireAfter(result);
    return result.media;
  });
}

export async function deleteImageAction(id: unknown, confirmInUse: unknown) {
  return runAction("media.delete", async () => {
    const result = await deleteImage(await requireUser(), id, { confirmInUse: confirmInUse === true });
    expireAfter(result);
    return true;
  });
}
