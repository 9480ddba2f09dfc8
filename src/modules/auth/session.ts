import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { clientIp } from "@/lib/request";
import { isLocale } from "@/i18n/locales";
import { makeActor, type Actor } from "./actor";
import { authOptions } from "./options";

/**
 * The signed-in user, checked against the database on every request: a session
 * that was ended (signed out, "sign out everywhere") or whose version or role
 * no longer matches (password changed, role changed, user disabled) counts as
 * signed out. Memoised per request.
 */
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return actorForClaims(session?.user, await clientIp());
});

type Claims = { id?: string; sid?: string; sv?: number; role?: string } | undefined;

/** The person a session's claims name, if that session still counts (see getCurrentUser). */
async function actorForClaims(claims: Claims, ip: string): Promise<Actor | null> {
  if (!claims?.id || !claims.sid) return null;
  const row = await db.userSession.findUnique({ where: { id: claims.sid }, include: { user: true } });
  if (!row || row.userId !== claims.id || row.expiresAt <= new Date()) return null;
  const user = row.user;
  if (user.disabled || !user.passwordHash) return null;
  if (user.sessionVersion !== claims.sv || user.role !== claims.role) return null;
  return makeActor({ id: user.id, role: user.role, name: user.name, email: user.email, ip, locale: isLocale(user.locale) ? user.locale : null });
}

/**
 * The signed-in person of a request that is not one of Next's (the
 * collaboration server's WebSocket upgrade): its session cookie, checked as
 * getCurrentUser checks it. Also returns the session's id, so the connection
 * can be ended when the session ends.
 */
export async function actorFromCookies(cookieHeader: string | undefined, ip: string): Promise<{ actor: Actor; session: SessionKey } | null> {
  const cookies = new Map<string, string>();
  for (const part of String(cookieHeader ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  const token = await getToken({ req: { cookies, headers: {} } as never, secret: authOptions.secret });
  // The same claims the session callback (./options.ts) makes of the token.
  const claims: Claims = token ? { id: token.sub, sid: token.sid, sv: token.sv, role: token.role } : undefined;
  const actor = await actorForClaims(claims, ip);
  return actor && claims?.sid ? { actor, session: { sessionId: claims.sid, userId: actor.id, role: actor.role, sessionVersion: claims.sv ?? -1 } } : null;
}

/** What a connection's session must still be: the row, its person, their role and session version (a password change moves it). */
export type SessionKey = { sessionId: string; userId: string; role: string; sessionVersion: number };

/** Which of these (session, person, role) pairs still count: the collaboration server asks every second. */
export async function sessionsStillValid(sessions: readonly SessionKey[]): Promise<Set<string>> {
  if (sessions.length === 0) return new Set();
  const rows = await db.userSession.findMany({
    where: { id: { in: [...new Set(sessions.map((s) => s.sessionId))] }, expiresAt: { gt: new Date() } },
    select: { id: true, userId: true, user: { select: { role: true, disabled: true, passwordHash: true, sessionVersion: true } } },
  });
  const valid = new Set<string>();
  for (const row of rows) {
    if (row.user.disabled || !row.user.passwordHash) continue;
    for (const s of sessions) if (s.sessionId === row.id && s.userId === row.userId && s.role === row.user.role && s.sessionVersion === row.user.sessionVersion) valid.add(s.sessionId);
  }
  return valid;
}

/** For services called from actions and route handlers: throws when signed out. */
export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

/** For newsroom pages: sends a signed-out visitor to the sign-in page. */
export async function requireUserOrRedirect(returnTo: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}
