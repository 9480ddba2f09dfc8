import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for logs and throttling. The front door
 * (server/serve.mjs, server/client-address.mjs) decides it from the socket
 * and TRUST_PROXY and leaves exactly that one address in X-Forwarded-For;
 * whatever a client sent in that header or in X-Real-IP is gone by now.
 * (Under `npm run dev` there is no front door: Next fills the header only when
 * a client did not, so addresses in development are not to be trusted.)
 */
export function ipFromHeaders(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || "unknown").slice(0, 64);
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
