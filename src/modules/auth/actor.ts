import type { Role } from "@/generated/prisma/enums";
import type { NewsroomLocale } from "@/i18n/locales";

declare const actorBrand: unique symbol;

/**
 * Who is acting. Only `requireUser()` (a checked session) and the system's own
 * start-up tasks can make one, so a server action cannot reach a service
 * without having authenticated first.
 */
export type Actor = {
  readonly id: string;
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  /** Client address as far as we can tell, for the audit trail. */
  readonly ip: string;
  /** The newsroom language this person chose; null until they do (their browser's then decides). */
  readonly locale?: NewsroomLocale | null;
  readonly [actorBrand]: true;
};

export function makeActor(fields: Omit<Actor, typeof actorBrand>): Actor {
  return fields as Actor;
}
