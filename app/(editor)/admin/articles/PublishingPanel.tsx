"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { berlinInputToUtc, toBerlinInputValue } from "@/lib/dates";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { ReviewNote } from "@/modules/articles/dto";
import type { TransitionName } from "@/modules/articles/workflow";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

type Props = {
  status: ArticleStatus;
  transitions: TransitionName[];
  canEdit: boolean;
  dirty: boolean;
  pending: string | null;
  notice: string;
  scheduledAt: string | null;
  livePath: string | null;
  notes: ReviewNote[];
  onSave: () => void;
  onTransition: (name: TransitionName, argument?: string) => void;
};

export function PublishingPanel(props: Props) {
  const { status, transitions, canEdit, dirty, pending, notice, scheduledAt, livePath, notes, onSave, onTransition } = props;
  const [reviewNote, setReviewNote] = useState("");
  const [comment, setComment] = useState("");
  const [scheduleFor, setScheduleFor] = useState(() => toBerlinInputValue(new Date(Date.now() + 3600_000)));
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const busy = pending !== null;
  const has = (name: TransitionName) => transitions.includes(name);

  function schedule() {
    const at = berlinInputToUtc(scheduleFor);
    if (!at) return setScheduleError("Choose a date and time.");
    setScheduleError(null);
    onTransition("schedule", at.toISOString());
  }

  return (
    <div className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <p className="flex items-center gap-2 text-sm">
        Status: <StatusBadge status={status} />
      </p>
      {status === "SCHEDULED" && scheduledAt ? (
        <p className="text-sm">
          Goes live <time dateTime={scheduledAt}>{when.format(new Date(scheduledAt))}</time> (Berlin time)
        </p>
      ) : null}
      {status === "IN_REVIEW" && !has("publish") ? <p className="text-sm">Waiting for an editor’s review.</p> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {notice}
      </p>
      {livePath && status === "PUBLISHED" ? (
        <p className="text-sm">
          <Link href={livePath} className="underline" target="_blank">
            View article
          </Link>
        </p>
      ) : null}
      {dirty && canEdit ? <p className="text-xs text-neutral-600 dark:text-neutral-400">Unsaved changes</p> : null}

      <div className="flex flex-wrap gap-2">
        {canEdit ? (
          <Button type="button" variant="secondary" onClick={onSave} disabled={busy}>
            {pending === "save" ? "Saving…" : status === "PUBLISHED" || status === "SCHEDULED" ? "Save changes" : "Save draft"}
          </Button>
        ) : null}
        {has("publish") ? (
          <Button type="button" onClick={() => onTransition("publish")} disabled={busy}>
            {pending === "publish" ? "Publishing…" : status === "IN_REVIEW" ? "Approve and publish" : status === "SCHEDULED" ? "Publish now" : "Publish"}
          </Button>
        ) : null}
        {has("unpublish") ? (
          <Button type="button" variant="danger" onClick={() => onTransition("unpublish")} disabled={busy}>
            {pending === "unpublish" ? "Unpublishing…" : "Unpublish"}
          </Button>
        ) : null}
        {has("reopen") ? (
          <Button type="button" variant="secondary" onClick={() => onTransition("reopen")} disabled={busy}>
            Back to draft
          </Button>
        ) : null}
        {has("unschedule") ? (
          <Button type="button" variant="secondary" onClick={() => onTransition("unschedule")} disabled={busy}>
            Cancel schedule
          </Button>
        ) : null}
      </div>

      {has("submit") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">Review</legend>
          <label htmlFor="review-note" className="block text-sm">
            Note for the editor (optional)
          </label>
          <textarea
            id="review-note"
            rows={2}
            value={reviewNote}
            onChange={(e) => setReviewNote(e.target.value)}
            className="block w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          <Button type="button" variant="secondary" onClick={() => onTransition("submit", reviewNote)} disabled={busy}>
            {pending === "submit" ? "Submitting…" : "Submit for review"}
          </Button>
        </fieldset>
      ) : null}

      {has("requestChanges") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">Send back</legend>
          <label htmlFor="review-comment" className="block text-sm">
            What should change?
          </label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="block w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          <Button type="button" variant="secondary" onClick={() => onTransition("requestChanges", comment)} disabled={busy}>
            {pending === "requestChanges" ? "Sending…" : "Request changes"}
          </Button>
        </fieldset>
      ) : null}

      {has("schedule") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">Schedule</legend>
          <label htmlFor="schedule-at" className="block text-sm">
            Publish at (Berlin time)
          </label>
          <input
            id="schedule-at"
            type="datetime-local"
            step={1}
            value={scheduleFor}
            onChange={(e) => setScheduleFor(e.target.value)}
            aria-invalid={scheduleError ? true : undefined}
            aria-describedby={scheduleError ? "schedule-error" : undefined}
            className="block w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          {scheduleError ? (
            <p id="schedule-error" className="text-sm text-red-700 dark:text-red-400">
              {scheduleError}
            </p>
          ) : null}
          <Button type="button" variant="secondary" onClick={schedule} disabled={busy}>
            {pending === "schedule" ? "Scheduling…" : status === "SCHEDULED" ? "Change time" : "Schedule"}
          </Button>
        </fieldset>
      ) : null}

      {notes.length > 0 ? (
        <section aria-label="Review notes" className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <h2 className="text-sm font-semibold">Review notes</h2>
          <ul className="mt-2 space-y-2 text-sm">
            {notes.map((n) => (
              <li key={n.id} className={n.kind === "CHANGES_REQUESTED" ? "rounded bg-amber-50 p-2 text-amber-950" : ""}>
                <span className="font-semibold">
                  {n.kind === "CHANGES_REQUESTED" ? "Changes requested" : n.kind === "SUBMITTED" ? "Submitted" : "Approved"}
                </span>{" "}
                by {n.authorName}, <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
                {n.text ? <p className="mt-1 whitespace-pre-line">{n.text}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
