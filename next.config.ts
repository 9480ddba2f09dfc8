import path from "node:path";
import type { NextConfig } from "next";
import { mediaOrigin, pagePolicy } from "./server/csp.mjs";

const isProduction = process.env.NODE_ENV === "production";

// The site's policy (server/csp.mjs): reader pages leave here with
// 'unsafe-inline', which the front door replaces with the hashes of their
// inline scripts; newsroom pages get a per-request nonce from proxy.ts instead.
// Images may also come from MEDIA_PUBLIC_URL (set it when building: the policy is part of the build).
const contentSecurityPolicy = pagePolicy({ production: isProduction, media: mediaOrigin(process.env.MEDIA_PUBLIC_URL) });

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

// Newsroom pages carry drafts and personal data: never stored by any cache.
const noStore = [{ key: "Cache-Control", value: "no-store, max-age=0" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A root layout per part of the app (reader site, newsroom, sign-in), each
  // with its own <html lang>; unmatched addresses get app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // Article pages carry `s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>`:
  // a CDN may serve a page stale for up to a day while it fetches a fresh one.
  expireTime: 86_400,
  // Cached data and rendered pages go to the shared cache (server/shared-cache):
  // Redis for every app server when REDIS_URL is set, this process's memory
  // otherwise. Next's own memory layer stays off, or a server would keep
  // serving what another server has expired.
  cacheHandler: path.join(import.meta.dirname ?? process.cwd(), "server", "shared-cache", "handler.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // yjs: the collaboration server (server/collab.mjs, outside the bundle) and the app must share one copy of it.
  serverExternalPackages: ["better-sqlite3", "pg", "@aws-sdk/client-s3", "@node-rs/argon2", "satori", "yjs"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages get the site's policy; media files carry their own (default-src 'none'; sandbox,
      // set by app/media) and newsroom pages a nonce policy (proxy.ts): a response must not carry two.
      { source: "/((?!media/|admin$|admin/).*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy }] },
      { source: "/admin", headers: noStore },
      { source: "/admin/:path*", headers: noStore },
      { source: "/login", headers: noStore },
      { source: "/setup", headers: noStore },
      { source: "/api/auth/:path*", headers: noStore },
      // Share-preview links: never cached, never indexed.
      { source: "/vorschau/:path*", headers: [...noStore, { key: "X-Robots-Tag", value: "noindex, nofollow" }] },
    ];
  },
};

export default nextConfig;
