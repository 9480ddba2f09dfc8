"use server";

import { signedInAction } from "@/modules/auth/action";
import { endBreakingNews, setBreakingNews } from "@/modules/breaking/service";

// The service checks the permission; the banner's own address expires before the answer, so the desk sees it at once.
const now = { expire: "now" } as const;

export async function setBreakingNewsAction(input: unknown) {
  return signedInAction("breaking.set", (actor) => setBreakingNews(actor, input), now);
}

export async function endBreakingNewsAction(id: unknown) {
  return signedInAction("breaking.end", (actor) => endBreakingNews(actor, id), now);
}
