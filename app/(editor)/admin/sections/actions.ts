"use server";

import { signedInAction } from "@/modules/auth/action";
import { createSection, createTag, removeSection, removeTag, renameSection, renameTag } from "@/modules/taxonomy/service";

// The taxonomy service checks the permission; the names show on this page's own (cached) lists, so they expire before the answer.
const now = { expire: "now" } as const;

export async function createTermAction(kind: unknown, input: unknown) {
  return signedInAction("taxonomy.create", (actor) => (kind === "section" ? createSection(actor, input) : createTag(actor, input)), now);
}

export async function renameTermAction(kind: unknown, id: unknown, input: unknown) {
  return signedInAction("taxonomy.rename", (actor) => (kind === "section" ? renameSection(actor, id, input) : renameTag(actor, id, input)), now);
}

export async function removeTermAction(kind: unknown, id: unknown, moveTo: unknown) {
  return signedInAction("taxonomy.remove", (actor) => (kind === "section" ? removeSection(actor, id, moveTo) : removeTag(actor, id, moveTo)), now);
}
