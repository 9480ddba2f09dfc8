import { NextResponse, type NextRequest } from "next/server";
import { FRONT_TTL_HEADER } from "@/lib/front-cache.mjs";
import { GONE_HTML, readerPathFate } from "@/modules/articles/reader-paths";

// Two jobs, neither of them a permission check:
// 1. Newsroom pages requested without any session cookie are sent to the
//    sign-in page with the address to return to. Every page, action and route
//    handler checks the session itself in the domain layer; removing this file
//    changes where people land, not what they may do.
// 2. Reader addresses of articles that moved answer 308 to the new address;
//    of articles taken off the site, 410 Gone (a page cannot set that status
//    in the App Router).
// 3. Reader list pages (home, sections, tags, authors) are marked for the
//    server's front cache (src/lib/front-cache.mjs), which a write purges.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const ARTICLE_PATH = /^\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
/** Reader lists: rendered per request, changed only by writes that purge the server's front cache. */
const LIST_PATH = /^\/(?:|[a-z0-9]+(?:-[a-z0-9]+)*|thema\/[a-z0-9-]+|autor\/[a-z0-9]+)$/;
const LIST_TTL_SECONDS = "60";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
    const login = new URL("/login", request.url);
    login.searchParams.set("next", pathname);
    return NextResponse.redirect(login);
  }

  if (LIST_PATH.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const response = NextResponse.next();
    response.headers.set(FRONT_TTL_HEADER, LIST_TTL_SECONDS);
    return response;
  }

  const article = ARTICLE_PATH.exec(pathname);
  const fate = article ? readerPathFate(article[1]!, article[2]!) : null;
  if (fate?.kind === "moved") return NextResponse.redirect(new URL(fate.to, request.url), 308);
  if (fate?.kind === "gone") {
    return new NextResponse(GONE_HTML, {
      status: 410,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but Next's own files and the API.
  matcher: ["/((?!_next/|api/|og/|media/|icon.svg|favicon.ico).*)"],
};
