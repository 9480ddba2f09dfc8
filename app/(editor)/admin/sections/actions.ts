"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { createSection, createTag, removeSection, removeTag, renameSection, renameTag } from "@/modules/taxonomy/service";

// The taxonomy service checks the permission; the names show on this page's own (cached) lists, so they expire before the answer.
const now = { expire: "now" } as const;
const kind = arg.oneOf(["section", "tag"]);

export async function createTermAction(termKind: unknown, input: unknown) {
  return signedInAction("taxonomy.create", z.tuple([kind, arg.fields]), [termKind, input], (actor, [k, fields]) => (k === "section" ? createSection(actor, fields) : createTag(actor, fields)), now);
}

export async function renameTermAction(termKind: unknown, id: unknown, input: unknown) {
  return signedInAction("taxonomy.rename", z.tuple([kind, arg.id, arg.fields]), [termKind, id, input], (actor, [k, termId, fields]) => (k === "section" ? renameSection(actor, termId, fields) : renameTag(actor, termId, fields)), now);
}

export async function removeTermAction(termKind: unknown, id: unknown, moveTo: unknown) {
  return signedInAction("taxonomy.remove", z.tuple([kind, arg.id, z.union([arg.id, z.literal("")]).nullable().optional()]), [termKind, id, moveTo], (actor, [k, termId, target]) => (k === "section" ? removeSection(actor, termId, target) : removeTag(actor, termId, target)), now);
}
