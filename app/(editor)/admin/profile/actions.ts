"use server";

import { runAction } from "@/lib/action";
import { invalidateTags } from "@/lib/cache";
import { requireUser } from "@/modules/auth/session";
import { endAllSessions } from "@/modules/auth/sessions";
import { changePassword, updateProfile } from "@/modules/users/service";

export async function updateProfileAction(input: unknown) {
  return runAction("user.updateProfile", async () => {
    const { invalidate, ...profile } = await updateProfile(await requireUser(), input);
    invalidateTags(invalidate);
    return profile;
  });
}

export async function changePasswordAction(input: unknown) {
  return runAction("user.changePassword", async () => changePassword(await requireUser(), input));
}

export async function signOutEverywhereAction() {
  return runAction("user.signOutEverywhere", async () => endAllSessions(await requireUser()));
}
