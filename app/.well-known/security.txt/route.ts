import { connection } from "next/server";
import { config } from "@server/config.mjs";
import { absoluteUrl } from "@/lib/site";

// RFC 9116: where to report a security problem. Served only when
// SECURITY_CONTACT names a real address (a made-up one would send reports
// nowhere); Expires stays a year ahead, as the RFC recommends at most.

export async function GET() {
  await connection();
  const contact = config().securityContact;
  if (!contact) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const expires = new Date(Date.now() + 365 * 24 * 3600_000);
  expires.setUTCHours(0, 0, 0, 0);
  const body = [`Contact: ${contact}`, `Expires: ${expires.toISOString()}`, "Preferred-Languages: de, en", `Canonical: ${absoluteUrl("/.well-known/security.txt")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
