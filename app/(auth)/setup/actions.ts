"use server";

import { publicAction } from "@/modules/auth/action";
import { createFirstAdmin } from "@/modules/users/service";

export async function createFirstAdminAction(input: unknown) {
  return publicAction("setup.createFirstAdmin", (ip) => createFirstAdmin(input, ip));
}
