import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
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
  const claims = session?.user;
  if (!claims?.id || !claims.sid) return null;
  const row = await db.userSession.findUnique({ where: { id: claims.sid }, include: { user: true } });
  if (!row || row.userId !== claims.id || row.expiresAt <= new Date()) return null;
  const user = row.user;
  if (user.disabled || !user.passwordHash) return null;
  if (user.sessionVersion !== claims.sv || user.role !== claims.role) return null;
  return makeActor({ id: user.id, role: user.role, name: user.name, email: user.email, ip: await clientIp(), locale: isLocale(user.locale) ? user.locale : null });
});

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
