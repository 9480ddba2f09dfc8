"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { listLibrary } from "@/modules/media/queries";
import { deleteImage, setFocalPoint, updateImageDetails } from "@/modules/media/service";

// The media service checks the permission table and names the reader pages to expire (after the answer).

export async function searchMediaAction(query: unknown, filter: unknown = "all") {
  return signedInAction(
    "media.search",
    z.tuple([arg.text(200), arg.text(20).optional()]),
    [query, filter],
    (actor, [q, f]) => listLibrary(actor, { query: q, filter: f ?? "all" }),
    { answer: (library) => library.items },
  );
}

export async function updateImageDetailsAction(ref: unknown, input: unknown) {
  return signedInAction("media.update", z.tuple([arg.ref, arg.fields]), [ref, input], (actor, [r, fields]) => updateImageDetails(actor, r, fields), { answer: (result) => result.media });
}

export async function setFocalPointAction(ref: unknown, input: unknown) {
  return signedInAction("media.focal-point", z.tuple([arg.ref, arg.fields]), [ref, input], (actor, [r, fields]) => setFocalPoint(actor, r, fields), { answer: (result) => result.media });
}

export async function deleteImageAction(id: unknown, confirmInUse: unknown) {
  return signedInAction("media.delete", z.tuple([arg.id, arg.flag.optional()]), [id, confirmInUse], (actor, [mediaId, sure]) => deleteImage(actor, mediaId, { confirmInUse: sure === true }), { answer: () => true });
}
