// What every request passes before Next sees it (server/serve.mjs). Not a
// permission check — pages, actions and route handlers check the session in
// the domain layer — but the answers a client error deserves, given before
// any work is done:
// - the client's address, from the socket and TRUST_PROXY (client-address.mjs);
// - a path with broken percent-encoding: 400 (Next would answer 500);
// - a state-changing request from anywhere but the site's own pages: 403
//   (Sec-Fetch-Site where the browser sends it, the Origin otherwise; a
//   missing Origin is refused, so is X-Forwarded-Host unless a proxy is trusted);
// - a server action's body over the limit: 413, and one that is not the JSON
//   React sends, or nested deeper than any form of ours: 400.
import { settleClientHeaders } from "./client-address.mjs";
import { config } from "./config.mjs";

/** Next's own limit for server action bodies (serverActions.bodySizeLimit, default 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Deeper than any article body the schema accepts (see src/modules/articles/body.ts), far below what breaks a parser. */
export const ACTION_MAX_DEPTH = 64;
/** State-changing routes that authenticate by a token of their own and are called by the server itself. */
const OWN_TOKEN_ROUTES = ["/api/internal/"];

export class Refusal {
  constructor(status, reason, message) {
    this.status = status;
    this.reason = reason;
    this.message = message;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** @param {ReturnType<typeof config>} [settings] */
export function createFrontDoor(settings = config()) {
  const trust = settings.server.trustProxy;
  // The configured public addresses (already checked as URLs by the configuration).
  const configuredOrigins = [settings.auth.url, settings.site.configuredUrl].filter(Boolean).map((url) => new URL(url).origin);

  /**
   * Whether the request comes from the site's own pages: the configured public
   * URL, or a page on the host it was sent to. The host is compared, not the
   * scheme (as Next does for server actions): behind a TLS proxy the app sees
   * http while the browser says https. X-Forwarded-Host counts only behind a
   * trusted proxy and only when no public URL is configured: a proxy that
   * passes the client's own X-Forwarded-Host through would otherwise let any
   * site name itself.
   */
  function isOwnOrigin(req, origin) {
    if (configuredOrigins.includes(origin)) return true;
    const forwardedHost = trust.kind === "none" || configuredOrigins.length > 0 ? undefined : firstValue(req.headers["x-forwarded-host"]);
    const host = forwardedHost || req.headers.host;
    try {
      return !!host && new URL(origin).host === host;
    } catch {
      return false;
    }
  }

  /** Settles the client's address and returns a Refusal for requests that must not reach Next. */
  function check(req) {
    const address = settleClientHeaders(req, trust);
    const url = req.url ?? "/";
    const pathname = url.split("?")[0];
    try {
      decodeURIComponent(pathname);
    } catch {
      return { address, refusal: new Refusal(400, "malformed-path", "Diese Adresse ist fehlerhaft kodiert.") };
    }
    if (SAFE_METHODS.has(req.method ?? "GET")) return { address, refusal: null };
    if (OWN_TOKEN_ROUTES.some((prefix) => pathname.startsWith(prefix))) return { address, refusal: null };

    const site = firstValue(req.headers["sec-fetch-site"]);
    if (site && site !== "same-origin") {
      return { address, refusal: new Refusal(403, "cross-site", "Changes are only accepted from the newsroom's own pages.") };
    }
    const origin = firstValue(req.headers.origin);
    if (!origin || !isOwnOrigin(req, origin)) {
      return { address, refusal: new Refusal(403, origin ? "foreign-origin" : "no-origin", "Changes are only accepted from the newsroom's own pages.") };
    }
    if (req.headers["next-action"]) {
      const declared = Number(req.headers["content-length"]);
      if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT) {
        return { address, refusal: new Refusal(413, "action-too-large", "The request is too large.") };
      }
    }
    return { address, refusal: null };
  }

  return { trust, check, isOwnOrigin };
}

function firstValue(value) {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.split(",")[0].trim() : undefined;
}

/**
 * Checks a server action body before Next parses it: text bodies must be
 * JSON (React's encodeReply) no deeper than ACTION_MAX_DEPTH. Counts depth on
 * the raw text, so a hostile body costs one pass and no recursion.
 */
export function checkActionBody(contentType, body) {
  if (body.length > ACTION_BODY_LIMIT) return new Refusal(413, "action-too-large", "The request is too large.");
  if (!/^text\/plain\b/i.test(contentType ?? "")) return null; // multipart forms: Next's own parser, bounded by the size limit
  const text = body.toString("utf8");
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > ACTION_MAX_DEPTH) return new Refusal(400, "action-too-deep", "The request is nested too deeply.");
    } else if (c === 93 || c === 125) depth--;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return new Refusal(400, "action-malformed", "The request could not be read.");
  }
  if (!onlyPlainValues(parsed)) return new Refusal(400, "action-malformed", "The request could not be read.");
  return null;
}

/**
 * What React's encodeReply writes in a one-part (text) body for the values our
 * actions take: a string that starts with "$" is escaped ("$$…"), or stands
 * for undefined, NaN, ±Infinity, -0, a Date or a BigInt. Anything else after
 * a "$" (a reference to another part, a promise, a Map, a Symbol…) can only
 * come from a hand-written request, and makes Next's decoder throw (a 500):
 * refused here as the malformed request it is.
 */
const PLAIN_DOLLAR = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d{1,400})$/;

function onlyPlainValues(value) {
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_DOLLAR.test(value);
  if (Array.isArray(value)) return value.every(onlyPlainValues);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlyPlainValues);
  return true;
}
