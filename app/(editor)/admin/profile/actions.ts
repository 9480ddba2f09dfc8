"use server";

import { runAction } from "@/lib/action";
import { requireUser } from "@/modules/auth/session";
import { changePassword, updateProfile } from "@/modules/users/service";

export async function updateProfileAction(input: unknown) {
  return runAction("user.updateProfile", async () => updateProfile(await requireUser(), input));
}

export async function changePasswordAction(input: unknown) {
  return runAction("user.changePassword", async () => changePassword(await requireUser(), input));
}
