"use server";

import { signedInAction } from "@/modules/auth/action";
import { listLibrary } from "@/modules/media/queries";
import { deleteImage, setFocalPoint, updateImageDetails } from "@/modules/media/service";

// The media service checks the permission table and names the reader pages to expire (after the answer).

export async function searchMediaAction(query: unknown, filter: unknown = "all") {
  return signedInAction(
    "media.search",
    (actor) => listLibrary(actor, { query: typeof query === "string" ? query : "", filter: typeof filter === "string" ? filter : "all" }),
    { answer: (library) => library.items },
  );
}

export async function updateImageDetailsAction(ref: unknown, input: unknown) {
  return signedInAction("media.update", (actor) => updateImageDetails(actor, ref, input), { answer: (result) => result.media });
}

export async function setFocalPointAction(ref: unknown, input: unknown) {
  return signedInAction("media.focal-point", (actor) => setFocalPoint(actor, ref, input), { answer: (result) => result.media });
}

export async function deleteImageAction(id: unknown, confirmInUse: unknown) {
  return signedInAction("media.delete", (actor) => deleteImage(actor, id, { confirmInUse: confirmInUse === true }), { answer: () => true });
}
