"use server";

import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { createSection, createTag, removeSection, removeTag, renameSection, renameTag } from "@/modules/taxonomy/service";

// Each action: authenticate, let the taxonomy service check the permission, expire what it names.
async function withCache<T extends { invalidate?: string[] }>(result: Promise<T>) {
  const value = await result;
  invalidateTags(value.invalidate ?? []);
  return value;
}

export async function createTermAction(kind: unknown, input: unknown) {
  return runAction("taxonomy.create", async () => {
    const actor = await requireUser();
    return withCache(kind === "section" ? createSection(actor, input) : createTag(actor, input));
  });
}

export async function renameTermAction(kind: unknown, id: unknown, input: unknown) {
  return runAction("taxonomy.rename", async () => {
    const actor = await requireUser();
    return withCache(kind === "section" ? renameSection(actor, id, input) : renameTag(actor, id, input));
  });
}

export async function removeTermAction(kind: unknown, id: unknown, moveTo: unknown) {
  return runAction("taxonomy.remove", async () => {
    const actor = await requireUser();
    return withCache(kind === "section" ? removeSection(actor, id, moveTo) : removeTag(actor, id, moveTo));
  });
}
