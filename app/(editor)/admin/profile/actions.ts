"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { endAllSessions } from "@/modules/auth/sessions";
import { changePassword, setNewsroomLocale, updateProfile } from "@/modules/users/service";

export async function updateProfileAction(input: unknown) {
  // The author page and bylines show the name: expired before the answer, as the page reloads them.
  return signedInAction("user.updateProfile", z.tuple([arg.fields]), [input], (actor, [fields]) => updateProfile(actor, fields), { expire: "now" });
}

export async function setNewsroomLocaleAction(input: unknown) {
  return signedInAction("user.setLocale", z.tuple([arg.fields]), [input], (actor, [fields]) => setNewsroomLocale(actor, fields));
}

export async function changePasswordAction(input: unknown) {
  return signedInAction("user.changePassword", z.tuple([arg.fields]), [input], (actor, [fields]) => changePassword(actor, fields));
}

export async function signOutEverywhereAction() {
  return signedInAction("user.signOutEverywhere", z.tuple([]), [], (actor) => endAllSessions(actor));
}
