// The article status machine, in one place. Every status change in the
// services goes through `checkTransition`; anything not listed is refused.
import type { ArticleStatus, RevisionKind } from "@/generated/prisma/enums";
import { ConflictError } from "@/lib/errors";
import type { Permission } from "../access/policy";

export type TransitionName = "submit" | "requestChanges" | "publish" | "schedule" | "unschedule" | "unpublish" | "reopen";

type Transition = {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  permission: Permission;
  revision: RevisionKind;
  /** For messages: "submit an article that is published". */
  verb: string;
};

export const TRANSITIONS: Record<TransitionName, Transition> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article.submit", revision: "SUBMIT", verb: "submit for review" },
  requestChanges: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article.requestChanges", revision: "REQUEST_CHANGES", verb: "send back" },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "PUBLISHED", permission: "article.publish", revision: "PUBLISH", verb: "publish" },
  // SCHEDULED → SCHEDULED is a new time.
  schedule: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED"], to: "SCHEDULED", permission: "article.schedule", revision: "SCHEDULE", verb: "schedule" },
  unschedule: { from: ["SCHEDULED"], to: "DRAFT", permission: "article.schedule", revision: "UNSCHEDULE", verb: "cancel the schedule of" },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", permission: "article.unpublish", revision: "UNPUBLISH", verb: "unpublish" },
  reopen: { from: ["UNPUBLISHED"], to: "DRAFT", permission: "article.reopen", revision: "REOPEN", verb: "reopen as a draft" },
};

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "a draft",
  IN_REVIEW: "in review",
  SCHEDULED: "scheduled",
  PUBLISHED: "published",
  UNPUBLISHED: "unpublished",
};

export function isAllowedTransition(name: TransitionName, from: ArticleStatus): boolean {
  return TRANSITIONS[name].from.includes(from);
}

/** Throws a ConflictError that says why, when `name` cannot start from `from`. */
export function checkTransition(name: TransitionName, from: ArticleStatus, currentVersion?: number): Transition {
  const transition = TRANSITIONS[name];
  if (!transition.from.includes(from)) {
    throw new ConflictError(`You cannot ${transition.verb} an article that is ${STATUS_LABELS[from]}.`, currentVersion);
  }
  return transition;
}

/** Every (transition, status) pair, for the editor's buttons and the tests. */
export function allowedTransitions(from: ArticleStatus): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => isAllowedTransition(name, from));
}
