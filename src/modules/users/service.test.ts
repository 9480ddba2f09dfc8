import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { changePassword, unlockSignIn } = await import("./service");
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
  return (error as InstanceType<typeof ValidationError>).fieldErrors.currentPassword?.[0] ?? "";
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
