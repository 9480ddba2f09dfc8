import { describe, expect, it } from "vitest";
import { inEnglish } from "@/i18n/testing";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { changePassword, unlockSignIn, updateProfile } = await import("./service");
const { uniqueAuthorSlug } = await import("./slug");
const { hashPassword } = await import("../auth/password");
const { makeActor } = await import("../auth/actor");
const { ForbiddenError, ValidationError } = await import("@/lib/errors");

async function person(role: "ADMIN" | "AUTHOR", password: string) {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`;
  const user = await db.user.create({ data: { name: role, email, role, passwordHash: await hashPassword(password) } });
  return makeActor({ id: user.id, role, name: user.name, email, ip: "10.9.0.1" });
}
const fieldMessage = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return inEnglish((error as InstanceType<typeof ValidationError>).fieldErrors.currentPassword?.[0] ?? "");
};

describe("changing one's password", () => {
  it("is throttled like a sign-in: from the 6th wrong current password, even the right one waits; an admin lifts it", async () => {
    const me = await person("AUTHOR", "altes passwort lang genug");
    for (let i = 0; i < 5; i++) {
      expect(await fieldMessage(changePassword(me, { currentPassword: `falsch ${i}`, newPassword: "neues passwort lang genug" }))).toMatch(/not your current password/);
    }
    expect(await fieldMessage(changePassword(me, { currentPassword: "altes passwort lang genug", newPassword: "neues passwort lang genug" }))).toMatch(/too many wrong attempts\. Try again after/);
    expect(await db.auditEvent.count({ where: { action: "user.password-change", actorId: me.id, outcome: "refused" } })).toBe(1);

    const author = await person("AUTHOR", "irgendein passwort lang");
    await expect(unlockSignIn(author, me.id)).rejects.toBeInstanceOf(ForbiddenError);
    await unlockSignIn(await person("ADMIN", "admin passwort lang genug"), me.id);
    await expect(changePassword(me, { currentPassword: "altes passwort lang genug", newPassword: "neues passwort lang genug" })).resolves.toMatchObject({ email: me.email });
  });

  it("ends every session of the person", async () => {
    const me = await person("AUTHOR", "altes passwort lang genug");
    await db.userSession.createMany({ data: [1, 2].map((n) => ({ id: `s${n}-${me.id}`, userId: me.id, expiresAt: new Date(Date.now() + 3600_000) })) });
    await changePassword(me, { currentPassword: "altes passwort lang genug", newPassword: "neues passwort lang genug" });
    expect(await db.userSession.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("renaming oneself", () => {
  it("keeps every old address as a redirect to the person, gives a name back its address, and lends an old address to nobody else", async () => {
    const me = await person("AUTHOR", "irgendein passwort lang");
    const tag = Math.random().toString(36).slice(2, 8);
    const slugOf = async () => (await db.user.findUniqueOrThrow({ where: { id: me.id }, select: { slug: true } })).slug;
    await updateProfile(me, { name: `Jörg Weiß ${tag}`, bio: "" });
    const first = await slugOf();
    expect(first).toBe(`joerg-weiss-${tag}`);
    await updateProfile(me, { name: `Jörg Weiß-Schulz ${tag}`, bio: "" });
    await updateProfile(me, { name: `Jörg Schulz ${tag}`, bio: "" });
    expect(await slugOf()).toBe(`joerg-schulz-${tag}`);
    const aliases = await db.authorAlias.findMany({ where: { userId: me.id } });
    expect(aliases.map((a) => a.slug).sort()).toEqual([`joerg-weiss-${tag}`, `joerg-weiss-schulz-${tag}`].sort());

    // Someone new called like the old name gets a numbered address; the old one still leads to me.
    const other = await db.user.create({ data: { name: `Jörg Weiß ${tag}`, email: `other-${tag}@example.org` } });
    expect(await uniqueAuthorSlug(db, other.name, other.id)).toBe(`joerg-weiss-${tag}-2`);

    // Back to the first name: the address is mine again, no longer an alias.
    await updateProfile(me, { name: `Jörg Weiß ${tag}`, bio: "" });
    expect(await slugOf()).toBe(first);
    expect((await db.authorAlias.findMany({ where: { userId: me.id } })).map((a) => a.slug).sort()).toEqual([`joerg-schulz-${tag}`, `joerg-weiss-schulz-${tag}`].sort());
  });
});

describe("password reset links", () => {
  it("only administrators give them; one works once, an earlier one stops working, and a disabled account gets none", async () => {
    const { issuePasswordReset, acceptInvitation, findInvitation, setUserDisabled } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const reporter = await person("AUTHOR", "altes passwort lang genug");
    await expect(issuePasswordReset(reporter, reporter.id)).rejects.toBeInstanceOf(ForbiddenError);
    const first = await issuePasswordReset(admin, reporter.id);
    const second = await issuePasswordReset(admin, reporter.id);
    const token = (path: string) => path.replace("/invite/", "");
    expect(await findInvitation(token(first.linkPath))).toBeNull();
    expect(await findInvitation(token(second.linkPath))).toMatchObject({ email: reporter.email, reset: true });
    await acceptInvitation({ token: token(second.linkPath), password: "neues passwort lang genug" }, "10.9.0.2");
    expect(await findInvitation(token(second.linkPath))).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.password-reset", targetId: reporter.id } })).toBe(1);
    await setUserDisabled(admin, reporter.id, true);
    expect(await issuePasswordReset(admin, reporter.id).catch((e: Error) => inEnglish(e.message))).toBe("This account is disabled: enable it before giving it a new password.");
  });
});

describe("invitations that got lost", () => {
  it("a new link replaces the old one for someone without a password; someone with one gets a reset link instead", async () => {
    const { inviteUser, reissueInvitation, findInvitation } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const invited = await inviteUser(admin, { name: "Neu", email: `neu-${Math.random().toString(36).slice(2)}@example.org`, role: "AUTHOR" });
    const again = await reissueInvitation(admin, invited.userId);
    expect(await findInvitation(invited.invitePath.replace("/invite/", ""))).toBeNull();
    expect(await findInvitation(again.linkPath.replace("/invite/", ""))).toMatchObject({ reset: false });
    const member = await person("AUTHOR", "ein passwort lang genug");
    expect(await reissueInvitation(admin, member.id).catch((e: Error) => inEnglish(e.message))).toBe("This person has chosen a password already: give a reset link instead.");
  });
});

describe("taking an invitation back", () => {
  it("stops its links and removes the unused account; a person with a password has no invitation to revoke", async () => {
    const { inviteUser, revokeInvitation, findInvitation } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const email = `widerruf-${Math.random().toString(36).slice(2)}@example.org`;
    const invited = await inviteUser(admin, { name: "Falsch Eingeladen", email, role: "EDITOR" });
    const author = await person("AUTHOR", "autor passwort lang genug");
    await expect(revokeInvitation(author, invited.userId)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await revokeInvitation(admin, invited.userId)).toEqual({ removed: true });
    expect(await findInvitation(invited.invitePath.replace("/invite/", ""))).toBeNull();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect((await db.auditEvent.findFirst({ where: { action: "user.revoke-invitation", targetId: invited.userId } }))?.detail).toBe(email);
    const member = await person("AUTHOR", "ein passwort lang genug");
    expect(await revokeInvitation(admin, member.id).catch((e: Error) => inEnglish(e.message))).toBe("This person has no open link.");
  });
});

describe("one live link per person", () => {
  const token = (path: string) => path.replace("/invite/", "");

  it("a reset link dies when the person changes their own password", async () => {
    const { issuePasswordReset, findInvitation, acceptInvitation } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const me = await person("AUTHOR", "altes passwort lang genug");
    const link = await issuePasswordReset(admin, me.id);
    await changePassword(me, { currentPassword: "altes passwort lang genug", newPassword: "neues passwort lang genug" });
    expect(await findInvitation(token(link.linkPath))).toBeNull();
    await expect(acceptInvitation({ token: token(link.linkPath), password: "drittes passwort lang genug" }, "10.9.0.3")).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("disabling and enabling again does not revive it, nor does a role change leave it open", async () => {
    const { issuePasswordReset, findInvitation, setUserDisabled, changeRole } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const me = await person("AUTHOR", "altes passwort lang genug");
    const first = await issuePasswordReset(admin, me.id);
    await setUserDisabled(admin, me.id, true);
    await setUserDisabled(admin, me.id, false);
    expect(await findInvitation(token(first.linkPath))).toBeNull();
    const second = await issuePasswordReset(admin, me.id);
    expect(await findInvitation(token(second.linkPath))).not.toBeNull();
    await changeRole(admin, me.id, "EDITOR");
    expect(await findInvitation(token(second.linkPath))).toBeNull();
  });

  it("even a link whose row was left open dies with the person's next change (the session version it was made under)", async () => {
    const { issuePasswordReset, findInvitation, setUserDisabled } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const me = await person("AUTHOR", "altes passwort lang genug");
    const link = await issuePasswordReset(admin, me.id);
    await setUserDisabled(admin, me.id, true);
    await setUserDisabled(admin, me.id, false);
    await db.invitation.updateMany({ where: { userId: me.id }, data: { usedAt: null } }); // as if a code path forgot to end it
    expect(await findInvitation(token(link.linkPath))).toBeNull();
  });

  it("an invited person holds one link: no reset link beside the invitation", async () => {
    const { inviteUser, issuePasswordReset, findInvitation } = await import("./service");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const invited = await inviteUser(admin, { name: "Neu Zwei", email: `neu2-${Math.random().toString(36).slice(2)}@example.org`, role: "AUTHOR" });
    expect(await issuePasswordReset(admin, invited.userId).catch((e: Error) => inEnglish(e.message))).toBe("This person has not chosen a password yet: give them a new invitation link instead.");
    expect(await findInvitation(token(invited.invitePath))).not.toBeNull();
    expect(await db.invitation.count({ where: { userId: invited.userId, usedAt: null } })).toBe(1);
  });

  it("an admin revokes a reset link: it stops working, the account stays", async () => {
    const { issuePasswordReset, findInvitation, revokeInvitation } = await import("./service");
    const { listUsers } = await import("./queries");
    const admin = await person("ADMIN", "admin passwort lang genug");
    const me = await person("AUTHOR", "altes passwort lang genug");
    const link = await issuePasswordReset(admin, me.id);
    expect((await listUsers(admin)).find((u) => u.id === me.id)?.resetLinkUntil).toBe(link.expiresAt);
    expect(await revokeInvitation(admin, me.id)).toEqual({ removed: false });
    expect(await findInvitation(token(link.linkPath))).toBeNull();
    expect(await db.user.count({ where: { id: me.id, disabled: false } })).toBe(1);
    expect((await listUsers(admin)).find((u) => u.id === me.id)?.resetLinkUntil).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.revoke-reset-link", targetId: me.id } })).toBe(1);
  });
});
