"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { changeRole, inviteUser, issuePasswordReset, reissueInvitation, revokeInvitation, setUserDisabled, unlockSignIn } from "@/modules/users/service";

export async function inviteUserAction(input: unknown) {
  return signedInAction("user.invite", z.tuple([arg.fields]), [input], (actor, [fields]) => inviteUser(actor, fields));
}

export async function changeRoleAction(userId: unknown, role: unknown) {
  return signedInAction("user.changeRole", z.tuple([arg.id, arg.text(20)]), [userId, role], (actor, [id, r]) => changeRole(actor, id, r));
}

export async function setUserDisabledAction(userId: unknown, disabled: unknown) {
  return signedInAction("user.setDisabled", z.tuple([arg.id, arg.flag]), [userId, disabled], (actor, [id, off]) => setUserDisabled(actor, id, off));
}

export async function issuePasswordResetAction(userId: unknown) {
  return signedInAction("user.issuePasswordReset", z.tuple([arg.id]), [userId], (actor, [id]) => issuePasswordReset(actor, id));
}

export async function reissueInvitationAction(userId: unknown) {
  return signedInAction("user.reissueInvitation", z.tuple([arg.id]), [userId], (actor, [id]) => reissueInvitation(actor, id));
}

/** An invitation nobody accepted, or an open reset link: the link stops working. */
export async function revokeInvitationAction(userId: unknown) {
  return signedInAction("user.revokeInvitation", z.tuple([arg.id]), [userId], (actor, [id]) => revokeInvitation(actor, id));
}

export async function unlockSignInAction(userId: unknown) {
  return signedInAction("user.unlockSignIn", z.tuple([arg.id]), [userId], (actor, [id]) => unlockSignIn(actor, id));
}
