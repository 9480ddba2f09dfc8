"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { publicAction } from "@/modules/auth/action";
import { acceptInvitation } from "@/modules/users/service";

export async function acceptInvitationAction(input: unknown) {
  return publicAction("user.acceptInvitation", z.tuple([arg.fields]), [input], (ip, [fields]) => acceptInvitation(fields, ip));
}
