// The article status machine, in one place. Every status change in the
// services goes through `checkTransition`; anything not listed is refused.
import { msg } from "@/i18n/message";
import type { ArticleStatus, RevisionKind } from "@/generated/prisma/enums";
import { ConflictError } from "@/lib/errors";
import type { Permission } from "../access/policy";

export type TransitionName = "submit" | "withdraw" | "requestChanges" | "publish" | "schedule" | "unschedule" | "unpublish" | "reopen" | "trash" | "untrash";

type Transition = {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  permission: Permission;
  revision: RevisionKind;
};

export const TRANSITIONS: Record<TransitionName, Transition> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article.submit", revision: "SUBMIT" },
  // The author takes it back before anyone reviewed it (a mistake found, news overtook it).
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article.withdraw", revision: "WITHDRAW" },
  requestChanges: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article.requestChanges", revision: "REQUEST_CHANGES" },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "PUBLISHED", permission: "article.publish", revision: "PUBLISH" },
  // SCHEDULED → SCHEDULED is a new time.
  schedule: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "SCHEDULED", permission: "article.schedule", revision: "SCHEDULE" },
  unschedule: { from: ["SCHEDULED"], to: "DRAFT", permission: "article.schedule", revision: "UNSCHEDULE" },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", permission: "article.unpublish", revision: "UNPUBLISH" },
  reopen: { from: ["UNPUBLISHED"], to: "DRAFT", permission: "article.reopen", revision: "REOPEN" },
  // To the trash from anywhere (a published article leaves the site: 410); back as a draft, never straight onto the site.
  trash: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"], to: "TRASHED", permission: "article.trash", revision: "TRASH" },
  untrash: { from: ["TRASHED"], to: "DRAFT", permission: "article.untrash", revision: "UNTRASH" },
};

export function isAllowedTransition(name: TransitionName, from: ArticleStatus): boolean {
  return TRANSITIONS[name].from.includes(from);
}

/** Throws a ConflictError that says why, when `name` cannot start from `from`. */
export function checkTransition(name: TransitionName, from: ArticleStatus, currentVersion?: number): Transition {
  const transition = TRANSITIONS[name];
  if (!transition.from.includes(from)) {
    throw new ConflictError(msg("articles.errors.transition", { verb: msg(`articles.errors.verb.${name}`), status: msg(`articles.errors.statusIs.${from}`) }), currentVersion);
  }
  return transition;
}

/** Every (transition, status) pair, for the editor's buttons and the tests. */
export function allowedTransitions(from: ArticleStatus): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => isAllowedTransition(name, from));
}
