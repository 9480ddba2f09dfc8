// The client's address, decided once at the front door (server/serve.mjs)
// from what a client cannot forge. Plain JavaScript: the server runs it
// before Next, and the app reads only its result.
//
// TRUST_PROXY (unset or "false"): nobody is in front; the socket's address is
//   the client, and X-Forwarded-For / X-Real-IP from the request are ignored.
// TRUST_PROXY=N (a number; "true" means 1): N proxies of yours sit in front,
//   each appending the address it saw to X-Forwarded-For. The client is the
//   entry N places from the right of [X-Forwarded-For…, socket]; anything
//   further left was written by the client and is ignored.
// TRUST_PROXY=10.0.0.0/8,127.0.0.1,::1 (addresses or IPv4 ranges): the client
//   is the rightmost address in [X-Forwarded-For…, socket] that is not one of
//   them.

/** Normalises "::ffff:1.2.3.4" to "1.2.3.4" and trims; returns "" for junk. */
export function normaliseAddress(value) {
  if (typeof value !== "string") return "";
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  // An IPv4 address with a port (some proxies write "1.2.3.4:5678").
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.indexOf(":"));
  return /^[0-9a-fA-F:.]{2,45}$/.test(address) ? address.toLowerCase() : "";
}

function ipv4ToInt(address) {
  const parts = address.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return null;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

function matcher(entry) {
  const [base, bits] = entry.split("/");
  const address = normaliseAddress(base);
  if (!address) throw new Error(`TRUST_PROXY: "${entry}" is not an address or an IPv4 range (e.g. 10.0.0.0/8).`);
  if (bits === undefined) return (candidate) => candidate === address;
  const start = ipv4ToInt(address);
  const width = Number(bits);
  if (start === null || !Number.isInteger(width) || width < 0 || width > 32) {
    throw new Error(`TRUST_PROXY: "${entry}" is not an IPv4 range (e.g. 10.0.0.0/8).`);
  }
  const mask = width === 0 ? 0 : (~0 << (32 - width)) >>> 0;
  return (candidate) => {
    const value = ipv4ToInt(candidate);
    return value !== null && ((value & mask) >>> 0) === ((start & mask) >>> 0);
  };
}

/** Parses TRUST_PROXY once; throws with a message naming the variable when it makes no sense. */
export function parseTrustProxy(raw) {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "false" || value === "0") return { kind: "none" };
  if (value === "true") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(value)) return { kind: "hops", hops: Number(value) };
  const matchers = value.split(",").map((entry) => entry.trim()).filter(Boolean).map(matcher);
  return { kind: "addresses", trusted: (address) => matchers.some((m) => m(address)) };
}

function forwardedChain(headers) {
  const raw = headers["x-forwarded-for"];
  const joined = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  return joined.split(",").map(normaliseAddress).filter(Boolean);
}

/** The client's address for this request under the given trust. */
export function clientAddress(socketAddress, headers, trust) {
  const socket = normaliseAddress(socketAddress) || "unknown";
  if (trust.kind === "none") return socket;
  const chain = [...forwardedChain(headers), socket];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)];
  for (let i = chain.length - 1; i >= 0; i--) if (!trust.trusted(chain[i])) return chain[i];
  return chain[0];
}

/**
 * Rewrites the request's headers so everything after the front door sees
 * only what was decided here: X-Forwarded-For is the one client address,
 * X-Real-IP is gone, and X-Forwarded-Host / -Proto count only behind a
 * trusted proxy (Next checks server actions against them).
 */
export function settleClientHeaders(req, trust) {
  const address = clientAddress(req.socket?.remoteAddress, req.headers, trust);
  req.headers["x-forwarded-for"] = address;
  delete req.headers["x-real-ip"];
  if (trust.kind === "none") {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
    delete req.headers["forwarded"];
  }
  return address;
}
