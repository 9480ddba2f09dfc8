"use server";

import { runAction } from "@/lib/action";
import { requireUser } from "@/modules/auth/session";
import { changeRole, inviteUser, setUserDisabled, unlockSignIn } from "@/modules/users/service";

export async function inviteUserAction(input: unknown) {
  return runAction("user.invite", async () => inviteUser(await requireUser(), input));
}

export async function changeRoleAction(userId: unknown, role: unknown) {
  return runAction("user.changeRole", async () => changeRole(await requireUser(), userId, role));
}

export async function setUserDisabledAction(userId: unknown, disabled: unknown) {
  return runAction("user.setDisabled", async () => setUserDisabled(await requireUser(), userId, disabled));
}

export async function unlockSignInAction(userId: unknown) {
  return runAction("user.unlockSignIn", async () => unlockSignIn(await requireUser(), userId));
}
