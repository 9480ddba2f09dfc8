import { NextResponse, type NextRequest } from "next/server";

// Convenience only, not a gate: a newsroom page requested without any session
// cookie is sent to the sign-in page with the address to return to. Every
// page, action and route handler checks the session itself in the domain
// layer; removing this file changes where people land, not what they may do.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
