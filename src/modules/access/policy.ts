// The newsroom's permission table: every service function asks it before it
// acts, and docs/editor.md shows the same table. Status rules (which transitions
// exist at all) live in src/modules/articles/workflow.ts; this file only says
// who may attempt them.
import { msg, type MessageKey } from "@/i18n/message";
import type { Role } from "@/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Actor } from "../auth/actor";

export type Permission =
  | "article.create"
  | "article.view"
  | "article.update"
  | "article.submit"
  | "article.withdraw"
  | "article.requestChanges"
  | "article.publish"
  | "article.schedule"
  | "article.unpublish"
  | "article.reopen"
  | "article.changeAuthor"
  | "article.trash"
  | "article.untrash"
  | "article.purge"
  | "review.queue"
  | "taxonomy.manage"
  | "user.manage"
  | "audit.view"
  | "media.upload"
  | "media.edit"
  | "media.delete"
  | "media.deleteInUse"
  | "breaking.manage"
  | "front.manage"
  | "page.manage"
  | "live.post"
  | "integrations.manage";

export type Subject = { authorId: string; status: string };
type Who = Pick<Actor, "id" | "role">;
type Rule = (actor: Who, subject?: Subject) => boolean;

const always: Rule = () => true;
const never: Rule = () => false;
const own: Rule = (actor, s) => !!s && s.authorId === actor.id;
const ownDraft: Rule = (actor, s) => own(actor, s) && s!.status === "DRAFT";
// Authors keep their own article in hand except while it waits for review.
const ownNotInReview: Rule = (actor, s) => own(actor, s) && s!.status !== "IN_REVIEW";
// Nobody edits what is in the trash: it is restored (as a draft) first.
const notTrashed =
  (rule: Rule): Rule =>
  (actor, s) =>
    s?.status !== "TRASHED" && rule(actor, s);

export const PERMISSIONS: Record<Permission, Record<Role, Rule>> = {
  "article.create": { ADMIN: always, EDITOR: always, AUTHOR: always, CONTRIBUTOR: always },
  "article.view": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: own },
  "article.update": { ADMIN: notTrashed(always), EDITOR: notTrashed(always), AUTHOR: notTrashed(ownNotInReview), CONTRIBUTOR: notTrashed(ownDraft) },
  "article.submit": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: own },
  "article.withdraw": { ADMIN: own, EDITOR: own, AUTHOR: own, CONTRIBUTOR: own },
  "article.requestChanges": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  "article.publish": { ADMIN: always, EDITOR: always, AUTHOR: ownNotInReview, CONTRIBUTOR: never },
  "article.schedule": { ADMIN: always, EDITOR: always, AUTHOR: ownNotInReview, CONTRIBUTOR: never },
  "article.unpublish": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: never },
  "article.reopen": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: never },
  "article.changeAuthor": { ADMIN: notTrashed(always), EDITOR: notTrashed(always), AUTHOR: never, CONTRIBUTOR: never },
  // To the trash: whoever may take the article off the site (contributors their own drafts).
  "article.trash": { ADMIN: always, EDITOR: always, AUTHOR: ownNotInReview, CONTRIBUTOR: ownDraft },
  "article.untrash": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: own },
  // Gone for good (revisions too): the admin decides, or the retention period runs out.
  "article.purge": { ADMIN: always, EDITOR: never, AUTHOR: never, CONTRIBUTOR: never },
  "review.queue": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  "taxonomy.manage": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  "user.manage": { ADMIN: always, EDITOR: never, AUTHOR: never, CONTRIBUTOR: never },
  "audit.view": { ADMIN: always, EDITOR: never, AUTHOR: never, CONTRIBUTOR: never },
  // The library is shared: everyone uploads and picks; details belong to the uploader and the desk.
  "media.upload": { ADMIN: always, EDITOR: always, AUTHOR: always, CONTRIBUTOR: always },
  "media.edit": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: own },
  "media.delete": { ADMIN: always, EDITOR: always, AUTHOR: own, CONTRIBUTOR: own },
  "media.deleteInUse": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  // The banner on every reader page speaks for the whole site: the desk decides.
  "breaking.manage": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  // Fronts place everyone's stories: the roles that may publish any article arrange them.
  "front.manage": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  // Impressum, Datenschutz and the other standalone pages: the desk's, like the fronts.
  "page.manage": { ADMIN: always, EDITOR: always, AUTHOR: never, CONTRIBUTOR: never },
  // A ticker entry goes live as it is posted: whoever may publish the article posts to its ticker.
  "live.post": { ADMIN: notTrashed(always), EDITOR: notTrashed(always), AUTHOR: notTrashed(ownNotInReview), CONTRIBUTOR: never },
  // Content API keys and webhooks reach outside the newsroom: administrators decide.
  "integrations.manage": { ADMIN: always, EDITOR: never, AUTHOR: never, CONTRIBUTOR: never },
};

/**
 * "Which articles may this person see", as a filter merged into the query
 * (Payload's access-returns-a-where): lists cannot forget the rule and never
 * load what they would then have to hide. Must agree with "article.view" above
 * (policy.test.ts checks it for every role).
 */
export function articleViewFilter(actor: Who): { authorId?: string } {
  return can(actor, "article.view", { authorId: "\u0000nobody", status: "DRAFT" }) ? {} : { authorId: actor.id };
}

export function can(actor: Who, permission: Permission, subject?: Subject): boolean {
  return PERMISSIONS[permission][actor.role](actor, subject);
}

/**
 * What a refusal says: every permission names what was refused
 * (access.<permission> in the catalogues; the type makes a new permission
 * without its sentence fail to compile).
 */
const refusal = (permission: Permission): MessageKey => `access.${permission}`;

/** Throws ForbiddenError (and logs the refusal with who, what and from where) unless allowed. */
export function assertCan(actor: Actor, permission: Permission, subject?: Subject & { id?: string }) {
  if (can(actor, permission, subject)) return;
  log.warn("authz.refused", { userId: actor.id, role: actor.role, ip: actor.ip, permission, targetId: subject?.id });
  throw new ForbiddenError(msg(refusal(permission)));
}
