"use server";

import { runAction } from "@/lib/action";
import { clientIp } from "@/lib/request";
import { createFirstAdmin } from "@/modules/users/service";

export async function createFirstAdminAction(input: unknown) {
  return runAction("setup.createFirstAdmin", async () => createFirstAdmin(input, await clientIp()));
}
