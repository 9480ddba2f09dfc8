import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for logs and throttling. Next's server fills
 * x-forwarded-for with the socket address; behind a proxy, the proxy's entry
 * comes first, so set TRUST_PROXY=true only when one sits in front.
 */
export function ipFromHeaders(h: Headers): string {
  const forwarded = h.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const pick = process.env.TRUST_PROXY === "true" ? parts[0] : parts[parts.length - 1];
    if (pick) return pick.slice(0, 64);
  }
  return (h.get("x-real-ip") ?? "unknown").slice(0, 64);
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
