import "server-only";
import { db } from "@/lib/db";
import { shuttingDown } from "@server/lifecycle.mjs";
import { log } from "@/lib/log";

export type Health = { ok: boolean; database: "ok" | "unavailable"; stopping: boolean };

/**
 * Readiness, for load balancers: ready while the database answers and the
 * server is not shutting down (after SIGTERM it finishes what is in flight
 * and should get nothing new).
 */
export async function checkHealth(): Promise<Health> {
  const stopping = shuttingDown();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: !stopping, database: "ok", stopping };
  } catch (error) {
    log.error("health.database", { error });
    return { ok: false, database: "unavailable", stopping };
  }
}
