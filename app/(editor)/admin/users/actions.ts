"use server";

import { signedInAction } from "@/modules/auth/action";
import { changeRole, inviteUser, issuePasswordReset, reissueInvitation, revokeInvitation, setUserDisabled, unlockSignIn } from "@/modules/users/service";

export async function inviteUserAction(input: unknown) {
  return signedInAction("user.invite", (actor) => inviteUser(actor, input));
}

export async function changeRoleAction(userId: unknown, role: unknown) {
  return signedInAction("user.changeRole", (actor) => changeRole(actor, userId, role));
}

export async function setUserDisabledAction(userId: unknown, disabled: unknown) {
  return signedInAction("user.setDisabled", (actor) => setUserDisabled(actor, userId, disabled));
}

export async function issuePasswordResetAction(userId: unknown) {
  return signedInAction("user.issuePasswordReset", (actor) => issuePasswordReset(actor, userId));
}

export async function reissueInvitationAction(userId: unknown) {
  return signedInAction("user.reissueInvitation", (actor) => reissueInvitation(actor, userId));
}

export async function revokeInvitationAction(userId: unknown) {
  return signedInAction("user.revokeInvitation", (actor) => revokeInvitation(actor, userId));
}

export async function unlockSignInAction(userId: unknown) {
  return signedInAction("user.unlockSignIn", (actor) => unlockSignIn(actor, userId));
}
