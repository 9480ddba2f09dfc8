"use server";

import { z } from "zod";
import * as arg from "@/lib/action-args";
import { signedInAction } from "@/modules/auth/action";
import { endBreakingNews, setBreakingNews } from "@/modules/breaking/service";

// The service checks the permission; the banner's own address expires before the answer, so the desk sees it at once.
const now = { expire: "now" } as const;

export async function setBreakingNewsAction(input: unknown) {
  return signedInAction("breaking.set", z.tuple([arg.fields]), [input], (actor, [fields]) => setBreakingNews(actor, fields), now);
}

export async function endBreakingNewsAction(id: unknown) {
  return signedInAction("breaking.end", z.tuple([arg.id]), [id], (actor, [breakingId]) => endBreakingNews(actor, breakingId), now);
}
