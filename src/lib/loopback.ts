import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "@server/config.mjs";
import { ForbiddenError } from "./errors";
import { log } from "./log";

// A server process calling its own internal routes (the scheduler's tick,
// purges from other servers): work that must run inside a request, where Next
// can expire its caches. Only this server's processes know the token.

function token(purpose: string): string {
  return createHmac("sha256", config().auth.secret ?? "").update(`redaktion:${purpose}:v1`).digest("base64url");
}

/** The Authorization header for an internal call. */
export function internalAuthorization(purpose: string) {
  return `Bearer ${token(purpose)}`;
}

/** The route's check: refuses anything but this server's own call. */
export function assertInternalRequest(purpose: string, authorization: string | null) {
  const expected = Buffer.from(internalAuthorization(purpose));
  const given = Buffer.from(authorization ?? "");
  if (!config().auth.secret || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    log.warn("internal.refused", { purpose });
    throw new ForbiddenError("Not allowed.");
  }
}

/** This process's own address for an internal route. */
export function loopbackUrl(path: string) {
  const { port, hostname } = config().server;
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}${path}`;
}
