import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export async function checkHealth(): Promise<{ ok: boolean; database: "ok" | "unavailable" }> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, database: "ok" };
  } catch (error) {
    log.error("health.database", { error });
    return { ok: false, database: "unavailable" };
  }
}
