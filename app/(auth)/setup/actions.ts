"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { publicAction } from "@/modules/auth/action";
import { createFirstAdmin } from "@/modules/users/service";

export async function createFirstAdminAction(input: unknown) {
  return publicAction("setup.createFirstAdmin", z.tuple([arg.fields]), [input], (ip, [fields]) => createFirstAdmin(fields, ip));
}
