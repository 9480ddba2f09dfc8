import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { msg } from "@/i18n/message";
import { config } from "@server/config.mjs";
import { hasUnsafeAddressCharacter } from "@/lib/text";

// Where a webhook may go. An admin types the address, the server sends to it
// and shows what came back: without these rules that is a port scanner for
// the inside of the newsroom's network (Redis on 127.0.0.1:6379, the app's
// own /api/internal/…, a cloud's metadata address). So an address must be a
// plain http(s) URL without credentials whose host is, after DNS resolution,
// a public address; it is checked when it is registered and again on every
// delivery, against the address the connection then really uses (a name that
// later resolves inside is refused then). WEBHOOK_ALLOW_PRIVATE=1 is the one
// way to deliver inside the network.

/** Address ranges that are not "somewhere on the internet" (IANA special-purpose registries). */
const INSIDE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  INSIDE.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::", 96], // IPv4-compatible (deprecated)
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  INSIDE.addSubnet(net, bits, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address (::ffff:a.b.c.d, 64:ff9b::a.b.c.d), if any. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:0:)?(.+)$/i.exec(address);
  if (!m) return null;
  const rest = m[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** Whether an IP address (v4 or v6, as a resolver or the URL parser gives it) is inside: loopback, private, link-local, unique-local, unspecified… */
export function isInsideAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 4) return INSIDE.check(bare, "ipv4");
  if (family !== 6) return true; // not an address at all: never "public"
  const v4 = embeddedIpv4(bare);
  if (v4) return INSIDE.check(v4, "ipv4");
  return INSIDE.check(bare, "ipv6");
}

const allowPrivate = () => config().webhooksAllowPrivate;

/** PURGE_WEBHOOK_URL is the operator's own setting, like WEBHOOK_ALLOW_PRIVATE: its address may be inside. */
export const isOperatorAddress = (address: string) => address === config().purge.url;

export type TargetCheck = { ok: true; url: URL } | { ok: false; message: string };

/**
 * What can be said of an address without the network: a full http(s) URL,
 * no control characters or spaces in it, no user or password, and no host
 * that names the inside (an IP literal in an inside range, however it is
 * written: the URL parser turns 2130706433 and 0x7f.1 into 127.0.0.1; localhost).
 */
export function checkTargetAddress(address: string): TargetCheck {
  if (hasUnsafeAddressCharacter(address)) return { ok: false, message: msg("webhooks.errors.urlCharacters") };
  if (!URL.canParse(address)) return { ok: false, message: msg("webhooks.errors.url") };
  const url = new URL(address);
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, message: msg("webhooks.errors.url") };
  if (url.username || url.password) return { ok: false, message: msg("webhooks.errors.urlCredentials") };
  if (allowPrivate() || isOperatorAddress(address)) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) ? isInsideAddress(host) : isInsideName(host)) return { ok: false, message: msg("webhooks.errors.urlInside") };
  return { ok: true, url };
}

/** Names that mean this machine or the local network whatever DNS says. */
function isInsideName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal") || !name.includes(".");
}

/**
 * The full check at registration: the address as above, then every address
 * its name resolves to must be public. A name that cannot be resolved is
 * refused too (the admin learns of a typo now, not from failed deliveries).
 */
export async function checkTarget(address: string): Promise<TargetCheck> {
  const checked = checkTargetAddress(address);
  if (!checked.ok || allowPrivate()) return checked;
  const host = checked.url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return checked;
  try {
    const found = await lookup(host, { all: true, verbatim: true });
    if (found.length === 0) return { ok: false, message: msg("webhooks.errors.urlUnresolved") };
    if (found.some((a) => isInsideAddress(a.address))) return { ok: false, message: msg("webhooks.errors.urlInside") };
  } catch {
    return { ok: false, message: msg("webhooks.errors.urlUnresolved") };
  }
  return checked;
}

/** Raised by the delivery's resolver when a name resolves inside: the connection is never opened. */
export class InsideAddressError extends Error {
  readonly code = "EINSIDE";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;

/**
 * A resolver for http.request that checks the addresses the connection will
 * really use (no second lookup between the check and the connect, so a name
 * that answers "public" once and "127.0.0.1" the next time gains nothing).
 */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback) {
  lookup(hostname, { all: true, verbatim: true }).then(
    (found) => {
      const usable = allowPrivate() ? found : found.filter((a) => !isInsideAddress(a.address));
      if (usable.length === 0) return callback(new InsideAddressError(`${hostname} resolves inside the network`), options.all ? [] : "", 4);
      if (options.all) return callback(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    },
    (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : "", 4),
  );
}
