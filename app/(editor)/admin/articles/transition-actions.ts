import { publishArticleAction } from "./actions/publish-article";
import { reopenArticleAction } from "./actions/reopen-article";
import { requestChangesAction } from "./actions/request-changes";
import { scheduleArticleAction, unscheduleArticleAction } from "./actions/schedule-article";
import { submitForReviewAction } from "./actions/submit-for-review";
import { unpublishArticleAction } from "./actions/unpublish-article";
import { withdrawFromReviewAction } from "./actions/withdraw-from-review";
import { restoreFromTrashAction, trashArticleAction } from "./actions/trash-article";
import type { TransitionName } from "@/modules/articles/workflow";

type Ref = { id: string; version: number };

/** The server action behind each workflow button. */
export const TRANSITION_ACTIONS: Record<TransitionName, (ref: Ref, argument?: string) => ReturnType<typeof publishArticleAction>> = {
  submit: (ref, note) => submitForReviewAction(ref, note ?? ""),
  withdraw: (ref) => withdrawFromReviewAction(ref),
  requestChanges: (ref, comment) => requestChangesAction(ref, comment ?? ""),
  publish: (ref) => publishArticleAction(ref),
  schedule: (ref, at) => scheduleArticleAction(ref, at),
  unschedule: (ref) => unscheduleArticleAction(ref),
  unpublish: (ref) => unpublishArticleAction(ref),
  reopen: (ref) => reopenArticleAction(ref),
  trash: (ref) => trashArticleAction(ref),
  untrash: (ref) => restoreFromTrashAction(ref),
};

/** Changes that carry the text forward save pending edits first. */
export const SAVES_FIRST: TransitionName[] = ["submit", "publish", "schedule"];

/** Status changes that take an article off the site ask first, in an in-page dialog (keys in articles.form / articles.panel). */
export const CONFIRMS: Partial<Record<TransitionName, { title: "confirmUnpublish" | "confirmTrash"; body: "confirmUnpublishBody" | "confirmTrashBody"; button: "unpublish" | "trash" }>> = {
  unpublish: { title: "confirmUnpublish", body: "confirmUnpublishBody", button: "unpublish" },
  trash: { title: "confirmTrash", body: "confirmTrashBody", button: "trash" },
};
