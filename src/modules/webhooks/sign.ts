// Standard Webhooks signatures (https://www.standardwebhooks.com): the
// receiver's existing verifier libraries check these headers as they are.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SECRET_PREFIX = "whsec_";

/** A new endpoint secret: "whsec_" + base64 of 32 random bytes. */
export function newSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

/** The headers a delivery carries: webhook-id, webhook-timestamp (seconds), webhook-signature ("v1,<base64 HMAC-SHA256>"). */
export function signedHeaders(secret: string, id: string, body: string, at: Date = new Date()): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000).toString();
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

/** Checks a signature the way a receiver does (for our own tests and tools). */
export function verifySignature(secret: string, headers: Record<string, string>, body: string): boolean {
  const expected = signedHeaders(secret, headers["webhook-id"] ?? "", body, new Date(Number(headers["webhook-timestamp"]) * 1000))["webhook-signature"]!;
  return (headers["webhook-signature"] ?? "").split(" ").some((sig) => sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected)));
}
