import "server-only";
import type { Fields } from "@/lib/validation";
import { createHash, randomBytes } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { msg } from "@/i18n/message";
import { log } from "@/lib/log";
import { fieldErrorsOf } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { mailer } from "../infrastructure";
import { publishedArticleTags, TAGS } from "../articles/cache-tags";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { clearSignInLimits, releaseReservation, reservePasswordChange } from "../auth/throttle";
import { renamedAuthorSlug, uniqueAuthorSlug } from "./slug";
import { config } from "@server/config.mjs";
import { absoluteUrl } from "@/lib/site";
import { formatNewsroomDate } from "@/lib/dates";
import { translatorFor } from "@/i18n/translator";
import type { NewsroomLocale } from "@/i18n/locales";
import { acceptInvitationSchema, inviteSchema, localeSchema, passwordChangeSchema, profileSchema, roleSchema, setupSchema } from "./schema";

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;
/** A password reset link works for a day. */
export const RESET_TTL_MS = 24 * 3600_000;

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import("zod").ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** First run: true until an administrator exists. */
export async function isSetupNeeded(): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN" } })) === 0;
}

/**
 * Creates the first administrator. Open to anyone, but only while no
 * administrator exists; the check and the insert share one transaction, so two
 * simultaneous attempts cannot both succeed.
 */
export async function createFirstAdmin(input: Fields, ip: string) {
  const { name, email, password } = parse(setupSchema, input);
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) {
      throw new ForbiddenError(msg("users.setupDone"));
    }
    if (await tx.user.findUnique({ where: { email } })) {
      throw new ValidationError({ email: [msg("users.emailTaken")] });
    }
    const created = await tx.user.create({ data: { name, email, passwordHash, role: "ADMIN" } });
    await tx.user.update({ where: { id: created.id }, data: { slug: await uniqueAuthorSlug(tx, name, created.id) } });
    await recordAudit(tx, { action: "user.setup", actorId: created.id, actorEmail: email, targetType: "user", targetId: created.id, ip });
    return created;
  });
  log.info("setup.admin-created", { userId: user.id, ip });
  return { id: user.id, email: user.email };
}

/**
 * Creates a colleague's account (it cannot sign in yet) and a one-time link to
 * choose a password. There is no mail server: the admin passes the link on.
 */
export async function inviteUser(actor: Actor, input: Fields) {
  assertCan(actor, "user.manage");
  const { name, email, role } = parse(inviteSchema, input);
  const invited = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new ValidationError({ email: [msg("users.emailTaken")] });
    }
    const created = await tx.user.create({ data: { name, email, role, passwordHash: null } });
    await tx.user.update({ where: { id: created.id }, data: { slug: await uniqueAuthorSlug(tx, name, created.id) } });
    const link = await createLink(tx, created.id, actor.id, "invite");
    await recordAudit(tx, { action: "user.invite", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: created.id, ip: actor.ip, detail: `${email} as ${role}` });
    return { userId: created.id, invitePath: link.linkPath, expiresAt: link.expiresAt };
  });
  // After the commit: a mail never carries a link that was rolled back.
  const mailed = await mailLink({ name, email, locale: null }, "invite", invited.invitePath, invited.expiresAt, actor.name);
  return { ...invited, mailed };
}

/**
 * Sends a one-time link by mail when SMTP_URL is set, in the recipient's
 * language (their profile's, else the site's). False: not sent (no mail
 * server, or it failed; logged): the admin passes the link on by hand.
 */
async function mailLink(to: { name: string; email: string; locale: NewsroomLocale | null }, purpose: "invite" | "reset", linkPath: string, expiresAt: string, fromName: string) {
  if (!config().mail) return false;
  const locale = to.locale ?? config().newsroomLocale;
  const t = translatorFor(locale);
  const values = { name: to.name, from: fromName, site: config().site.name, link: absoluteUrl(linkPath), until: formatNewsroomDate(expiresAt, locale) };
  return mailer().send({ to: to.email, subject: t(`mail.${purpose}.subject`, values), text: t(`mail.${purpose}.text`, values) });
}

async function changeUser(actor: Actor, userIdInput: unknown, apply: (target: { id: string; role: Role; disabled: boolean }) => { data: { role?: Role; disabled?: boolean }; audit: string; detail: string }) {
  assertCan(actor, "user.manage");
  const userId = typeof userIdInput === "string" ? userIdInput : "";
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId } });
    if (!target) throw new NotFoundError(msg("users.notFound"));
    const { data, audit, detail } = apply(target);
    const remainingAdmins = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: target.id } } });
    const stillAdmin = (data.role ?? target.role) === "ADMIN" && !(data.disabled ?? target.disabled);
    if (target.role === "ADMIN" && !target.disabled && !stillAdmin && remainingAdmins === 0) {
      throw new ConflictError(msg("users.lastAdmin"));
    }
    // A new session version signs the user out everywhere on their next request, and ends any open link.
    const updated = await tx.user.update({ where: { id: target.id }, data: { ...data, sessionVersion: { increment: 1 } } });
    await endLinks(tx, target.id);
    await recordAudit(tx, { action: audit, actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: target.id, ip: actor.ip, detail });
    return { id: updated.id, role: updated.role, disabled: updated.disabled };
  });
}

export function changeRole(actor: Actor, userId: string, roleInput: string) {
  const role = parse(roleSchema, roleInput);
  return changeUser(actor, userId, (target) => ({ data: { role }, audit: "user.role-change", detail: `${target.role} → ${role}` }));
}

export function setUserDisabled(actor: Actor, userId: string, disabled: boolean) {
  if (typeof disabled !== "boolean") throw new ValidationError({ disabled: [msg("users.disabledMissing")] });
  if (userId === actor.id && disabled) throw new ConflictError(msg("users.cannotDisableSelf"));
  return changeUser(actor, userId, () => ({ data: { disabled }, audit: disabled ? "user.disable" : "user.enable", detail: "" }));
}

/** Lifts a sign-in lockout (every counter of the account: addresses, browsers, password changes). */
export async function unlockSignIn(actor: Actor, userIdInput: string) {
  assertCan(actor, "user.manage");
  const userId = typeof userIdInput === "string" ? userIdInput : "";
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!target) throw new NotFoundError(msg("users.notFound"));
  const cleared = await clearSignInLimits(target.email);
  await recordAudit(db, { action: "user.signin-unlock", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: target.id, ip: actor.ip, detail: `${cleared} counters` });
  return { id: target.id, unlocked: true };
}

/** Ends every open invitation or reset link of a person. */
async function endLinks(tx: Tx, userId: string) {
  return (await tx.invitation.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } })).count;
}

/**
 * A new one-time link for a person; it is their only live one (any earlier
 * invitation or reset link stops working). It is made under the person's
 * present sessionVersion and dies with it: a password change, a role change,
 * disabling and re-enabling all end it, whoever forgets to end it by hand.
 */
async function createLink(tx: Tx, userId: string, createdById: string | null, purpose: "reset" | "invite") {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + (purpose === "reset" ? RESET_TTL_MS : INVITATION_TTL_MS));
  const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  await endLinks(tx, userId);
  await tx.invitation.create({ data: { tokenHash: hashToken(token), userId, createdById, expiresAt, purpose, sessionVersion } });
  return { linkPath: `/invite/${token}`, expiresAt: expiresAt.toISOString() };
}

/** Whether a stored link still opens: unused, in time, the person enabled and unchanged since it was made. */
function isLive(link: { usedAt: Date | null; expiresAt: Date; sessionVersion: number; user: { disabled: boolean; sessionVersion: number } }) {
  return !link.usedAt && link.expiresAt > new Date() && !link.user.disabled && link.sessionVersion === link.user.sessionVersion;
}

/** An administrator's new link for an existing, enabled person: audited; an invitation only for someone without a password. */
async function issueLink(actor: Actor, userIdInput: unknown, purpose: "reset" | "invite") {
  assertCan(actor, "user.manage");
  const userId = typeof userIdInput === "string" ? userIdInput : "";
  const issued = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, locale: true, disabled: true, passwordHash: true } });
    if (!target) throw new NotFoundError(msg("users.notFound"));
    if (target.disabled) throw new ConflictError(msg("users.resetDisabled"));
    if (purpose === "invite" && target.passwordHash) throw new ConflictError(msg("users.notInvited"));
    // Someone who never chose a password gets a new invitation, not a reset link beside it.
    if (purpose === "reset" && !target.passwordHash) throw new ConflictError(msg("users.resetInvited"));
    const link = await createLink(tx, target.id, actor.id, purpose);
    await recordAudit(tx, { action: purpose === "reset" ? "user.reset-link" : "user.reinvite", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: target.id, ip: actor.ip, detail: target.email });
    return { ...link, target };
  });
  const { target, ...link } = issued;
  const mailed = await mailLink({ name: target.name, email: target.email, locale: target.locale as NewsroomLocale | null }, purpose, link.linkPath, link.expiresAt, actor.name);
  return { ...link, mailed };
}

/**
 * A one-time link for someone who forgot their password (an admin passes it
 * on): it works once, for a day; an earlier unused reset link for the same
 * person stops working. Choosing the password ends the person's other
 * sessions (acceptInvitation bumps sessionVersion).
 */
export function issuePasswordReset(actor: Actor, userIdInput: string) {
  return issueLink(actor, userIdInput, "reset");
}

/** A new invitation link for someone who has not chosen a password yet (the first was lost or ran out). */
export function reissueInvitation(actor: Actor, userIdInput: string) {
  return issueLink(actor, userIdInput, "invite");
}

/**
 * Takes back a person's open link. An invitation nobody has accepted yet: its
 * link stops working and the never-used account goes (kept, disabled, only if
 * it already appears on articles as a byline). A reset link: it stops
 * working, the account stays as it is. Audited with the person's address.
 */
export async function revokeInvitation(actor: Actor, userIdInput: string): Promise<{ removed: boolean }> {
  assertCan(actor, "user.manage");
  const userId = typeof userIdInput === "string" ? userIdInput : "";
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, _count: { select: { invitations: { where: { usedAt: null } } } } } });
    if (!target) throw new NotFoundError(msg("users.notFound"));
    if (target._count.invitations === 0) throw new ConflictError(msg("users.noOpenLink"));
    await endLinks(tx, userId);
    if (target.passwordHash) {
      await recordAudit(tx, { action: "user.revoke-reset-link", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: userId, ip: actor.ip, detail: target.email });
      return { removed: false };
    }
    const named = (await tx.article.count({ where: { OR: [{ authorId: userId }, { bylines: { some: { userId } } }] } })) > 0;
    if (named) await tx.user.update({ where: { id: userId }, data: { disabled: true, sessionVersion: { increment: 1 } } });
    else await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, { action: "user.revoke-invitation", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: userId, ip: actor.ip, detail: target.email });
    return { removed: !named };
  });
}

/** Public: the page behind an invitation or reset link. Null when the link is unknown, used or expired. */
export async function findInvitation(token: string) {
  if (typeof token !== "string" || token.length < 10 || token.length > 200) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!invitation || !isLive(invitation)) return null;
  return { name: invitation.user.name, email: invitation.user.email, reset: invitation.purpose === "reset" };
}

export async function acceptInvitation(input: Fields, ip: string) {
  const { token, password } = parse(acceptInvitationSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!invitation || !isLive(invitation)) throw new ForbiddenError(msg("users.invitationInvalid"));
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: invitation.purpose === "reset" ? "user.password-reset" : "user.invitation-accepted", actorId: invitation.userId, actorEmail: invitation.user.email, targetType: "user", targetId: invitation.userId, ip });
    return { email: invitation.user.email };
  });
}

export async function updateProfile(actor: Actor, input: Fields) {
  const { name, bio, photoId } = parse(profileSchema, input);
  const user = await db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, slug: true } });
    if (photoId) {
      const photo = await tx.mediaAsset.findUnique({ where: { id: photoId }, select: { alt: true, fileName: true } });
      if (!photo) throw new ValidationError({ photoId: [msg("users.photoDeleted")] });
      if (!photo.alt) throw new ValidationError({ photoId: [msg("users.photoNoAlt", { file: photo.fileName })] });
    }
    // A new name gets a new address; the old one redirects there.
    const slug = current.name !== name || !current.slug ? await renamedAuthorSlug(tx, actor.id, current.slug, name) : current.slug;
    return tx.user.update({ where: { id: actor.id }, data: { name, bio, slug, ...(photoId !== undefined ? { photoId } : {}) } });
  });
  // The author page shows name and bio; bylines show the name on every article.
  const bylined = await publishedArticleTags(db, { bylines: { some: { userId: actor.id } } });
  return { name: user.name, bio: user.bio, invalidate: [TAGS.authors, TAGS.publishedList, ...bylined] };
}

/** The newsroom language this person chose (null: automatic, their browser's). */
export async function setNewsroomLocale(actor: Actor, input: Fields) {
  const { locale } = parse(localeSchema, input);
  await db.user.update({ where: { id: actor.id }, data: { locale } });
  return { locale };
}

/** Needs the current password; every other session of this user is signed out. */
export async function changePassword(actor: Actor, input: Fields) {
  const { currentPassword, newPassword } = parse(passwordChangeSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  // A stolen session must not become a way to guess the password: limited like signing in.
  const reservation = await reservePasswordChange(actor.id, user.email);
  if (!reservation.allowed) {
    log.warn("password-change.throttled", { userId: actor.id, ip: actor.ip, retryAt: reservation.retryAt.toISOString() });
    await recordAudit(db, { action: "user.password-change", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: actor.id, ip: actor.ip, outcome: "refused", detail: `throttled until ${reservation.retryAt.toISOString()}` });
    throw new ValidationError({ currentPassword: [msg("users.currentPasswordThrottled", { retryAt: reservation.retryAt })] });
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    log.warn("password-change.refused", { userId: actor.id, ip: actor.ip });
    throw new ValidationError({ currentPassword: [msg("users.currentPasswordWrong")] });
  }
  await releaseReservation(reservation);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.userSession.deleteMany({ where: { userId: actor.id } });
    await endLinks(tx, actor.id);
    await recordAudit(tx, { action: "user.password-change", actorId: actor.id, actorEmail: actor.email, targetType: "user", targetId: actor.id, ip: actor.ip });
  });
  return { email: user.email };
}
