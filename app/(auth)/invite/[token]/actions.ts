"use server";

import { publicAction } from "@/modules/auth/action";
import { acceptInvitation } from "@/modules/users/service";

export async function acceptInvitationAction(input: unknown) {
  return publicAction("user.acceptInvitation", (ip) => acceptInvitation(input, ip));
}
