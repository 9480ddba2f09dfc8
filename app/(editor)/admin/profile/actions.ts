"use server";

import { signedInAction } from "@/modules/auth/action";
import { endAllSessions } from "@/modules/auth/sessions";
import { changePassword, setNewsroomLocale, updateProfile } from "@/modules/users/service";

export async function updateProfileAction(input: unknown) {
  // The author page and bylines show the name: expired before the answer, as the page reloads them.
  return signedInAction("user.updateProfile", (actor) => updateProfile(actor, input), { expire: "now" });
}

export async function setNewsroomLocaleAction(input: unknown) {
  return signedInAction("user.setLocale", (actor) => setNewsroomLocale(actor, input));
}

export async function changePasswordAction(input: unknown) {
  return signedInAction("user.changePassword", (actor) => changePassword(actor, input));
}

export async function signOutEverywhereAction() {
  return signedInAction("user.signOutEverywhere", (actor) => endAllSessions(actor));
}
