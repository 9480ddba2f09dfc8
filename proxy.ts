import { NextResponse, type NextRequest } from "next/server";
import { config as settings } from "@server/config.mjs";
import { mediaOrigin, noncePolicy } from "@server/csp.mjs";
import { FRONT_TTL_HEADER } from "@server/front-cache.mjs";
import { readerPathFate } from "@/modules/articles/reader-paths";
import { articleAddress, isReaderList } from "@server/reader-routes.mjs";

// Two jobs, neither of them a permission check:
// 1. Newsroom pages requested without any session cookie are sent to the
//    sign-in page with the address to return to. Every page, action and route
//    handler checks the session itself in the domain layer; removing this file
//    changes where people land, not what they may do.
// 2. Reader addresses of articles that moved answer 308 to the new address;
//    of articles taken off the site, 410 Gone (a page cannot set that status
//    in the App Router).
// 3. Reader list pages (home, sections, tags, authors) may be kept a minute by
//    shared caches, the server's front cache among them (server/front-cache.mjs),
//    which every write purges; search result pages by the front cache only.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SEARCH_TTL_SECONDS = "60";
/** For a CDN: a minute, then stale while it refetches; browsers ask again every time. */
const LIST_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/**
 * Newsroom pages are rendered per person, so each gets a fresh nonce: Next
 * reads it from the request's policy header and puts it on its scripts; the
 * browser gets the same policy. No inline script without it runs.
 */
function withNonce(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const policy = noncePolicy(nonce, { production: process.env.NODE_ENV === "production", media: mediaOrigin(settings().media.publicUrl) });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return withNonce(request);
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname);
    return NextResponse.redirect(login);
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (pathname === "/suche" && !signedIn) {
    // Result pages: kept by the server's front cache (purged with the lists), never by browsers or CDNs.
    const response = NextResponse.next();
    response.headers.set(FRONT_TTL_HEADER, SEARCH_TTL_SECONDS);
    return response;
  }
  if (isReaderList(pathname) && !signedIn) {
    // s-maxage: CDNs and the server's front cache may keep it; browsers ask again.
    const response = NextResponse.next();
    response.headers.set("Cache-Control", LIST_CACHE_CONTROL);
    return response;
  }

  const article = articleAddress(pathname);
  const fate = article ? await readerPathFate(article.section, article.slug) : null;
  if (fate?.kind === "moved") return NextResponse.redirect(new URL(fate.to, request.url), 308);
  if (fate?.kind === "gone" && article) {
    // 410 Gone, inside the site's own layout (header, navigation), with the way on.
    const removed = new URL("/artikel-entfernt", request.url);
    removed.search = new URLSearchParams({ ressort: article.section }).toString();
    const response = NextResponse.rewrite(removed);
    // Next drops a rewrite's own status (vercel/next.js#50155): the server applies this mark (server/serve.mjs).
    response.headers.set("x-redaktion-status", "410");
    return response;
  }
  return NextResponse.next();
}

export const config = {
  // Everything but Next's own files and the API.
  matcher: ["/((?!_next/|api/|og/|media/|icon.svg|favicon.ico).*)"],
};
