import "server-only";
import { isLocale } from "@/i18n/locales";
import { authorPath } from "../articles/dto";
import { toLeadImageSummary } from "../media/summary";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import type { Actor } from "../auth/actor";
import { lockedAccounts } from "../auth/throttle";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** Invited, has not chosen a password yet: until when the newest invitation link works (null: it ran out). */
  pending: boolean;
  invitationExpiresAt: string | null;
  /** Has a password and an open reset link: until when it works (null: none open). */
  resetLinkUntil: string | null;
  /** No password and no invitation: a name for bylines only (the demo author), not an account. */
  bylineOnly: boolean;
  createdAt: string;
  /** ISO time until which sign-in from unknown browsers (or a password change) is refused; null when not locked. */
  lockedUntil: string | null;
};

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  assertCan(actor, "user.manage");
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    take: 1000,
    include: { invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { purpose: true, expiresAt: true, usedAt: true, sessionVersion: true } } },
  });
  const locked = await lockedAccounts(users.map((u) => u.email));
  const now = new Date();
  return users.map((u) => {
    const link = u.invitations[0];
    const open = !!link && !link.usedAt && link.expiresAt > now && link.sessionVersion === u.sessionVersion && !u.disabled;
    return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    disabled: u.disabled,
    pending: u.passwordHash === null && !!link,
    invitationExpiresAt: u.passwordHash === null && open ? link.expiresAt.toISOString() : null,
    resetLinkUntil: u.passwordHash !== null && open && link.purpose === "reset" ? link.expiresAt.toISOString() : null,
    bylineOnly: u.passwordHash === null && !link,
    createdAt: u.createdAt.toISOString(),
    lockedUntil: locked.get(u.email)?.toISOString() ?? null,
    };
  });
}

export async function getProfile(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  // No relation on purpose (see prisma/schema.prisma): a deleted image simply shows none.
  const photo = user.photoId ? await db.mediaAsset.findUnique({ where: { id: user.photoId } }) : null;
  const locale = isLocale(user.locale) ? user.locale : null;
  return { name: user.name, email: user.email, bio: user.bio, role: user.role, locale, path: authorPath(user), photo: photo ? toLeadImageSummary(photo) : null };
}

/** Colleagues who can be named as an article's author. */
export async function listPossibleAuthors(): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ where: { disabled: false }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
