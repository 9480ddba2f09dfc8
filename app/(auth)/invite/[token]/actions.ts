"use server";

import { runAction } from "@/lib/action";
import { clientIp } from "@/lib/request";
import { acceptInvitation } from "@/modules/users/service";

export async function acceptInvitationAction(input: unknown) {
  return runAction("user.acceptInvitation", async () => acceptInvitation(input, await clientIp()));
}
