import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordAudit } from "../audit/service";
import { hashPassword } from "../auth/password";
import { setupSchema } from "./schema";
import { fieldErrorsOf } from "@/lib/validation";

/** First run: true until an administrator exists. */
export async function isSetupNeeded(): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN" } })) === 0;
}

/**
 * Creates the first administrator. Open to anyone, but only while no
 * administrator exists; the check and the insert share one transaction, so two
 * simultaneous attempts cannot both succeed.
 */
export async function createFirstAdmin(input: unknown, ip: string) {
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "ADMIN" } })) > 0) {
      throw new ForbiddenError("Setup is already complete. Sign in instead.");
    }
    if (await tx.user.findUnique({ where: { email } })) {
      throw new ValidationError({ email: ["Email: an account with this address exists already."] });
    }
    const created = await tx.user.create({ data: { name, email, passwordHash, role: "ADMIN" } });
    await recordAudit(tx, { action: "user.setup", actorId: created.id, actorEmail: email, targetType: "user", targetId: created.id, ip });
    return created;
  });
  log.info("setup.admin-created", { userId: user.id, ip });
  return { id: user.id, email: user.email };
}
