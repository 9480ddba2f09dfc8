// Content Security Policy, one place for every page type. Plain JavaScript:
// next.config.ts, proxy.ts and the front door (server/serve.mjs) all read it.
//
// Next writes its hydration data as inline scripts, so a policy without
// 'unsafe-inline' must name each of them:
// - reader pages (cached, shared, the same bytes for everyone) get the
//   SHA-256 of each inline script, computed by the front door when the page
//   leaves Next and stored with it in the front cache: a cache hit costs
//   nothing extra, and a CDN keeps body and policy together;
// - newsroom pages (rendered per person anyway) get a fresh nonce per request
//   from proxy.ts, which Next puts on its scripts.
// 'unsafe-inline' stays in the policy Next sends so the site still works
// behind something that is not our front door (`next start`, `next dev`);
// the front door replaces it with the hashes.

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/**
 * The origin of MEDIA_PUBLIC_URL (a CDN or the bucket), which images may come from; null when unset.
 * @param {string | undefined | null} publicUrl
 * @returns {string | null}
 */
export function mediaOrigin(publicUrl) {
  if (!publicUrl || !URL.canParse(publicUrl)) return null;
  return new URL(publicUrl).origin;
}

/**
 * The shared directives, with images also allowed from `media` (an origin) when given.
 * @param {string | null | undefined} media
 */
function directives(media) {
  return common.map((d) => (media && d.startsWith("img-src") ? `${d} ${media}` : d));
}

/**
 * The policy Next sends with reader pages; the front door swaps 'unsafe-inline' for hashes.
 * @param {{ production?: boolean, media?: string | null }} [options]
 */
export function pagePolicy({ production = true, media = null } = {}) {
  const [first, ...rest] = directives(media);
  return [first, `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`, ...rest].join("; ");
}

/**
 * The newsroom's policy: only scripts carrying this request's nonce (and our own files) run.
 * @param {string} nonce
 * @param {{ production?: boolean, media?: string | null }} [options]
 */
export function noncePolicy(nonce, { production = true, media = null } = {}) {
  const [first, ...rest] = directives(media);
  return [first, `script-src 'self' 'nonce-${nonce}'${production ? "" : " 'unsafe-eval'"}`, ...rest].join("; ");
}
