"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { useNewsroomDate } from "@/i18n/client";
import { berlinInputToUtc, toBerlinInputValue } from "@/lib/dates";
import type { ArticleStatus } from "@/generated/prisma/enums";
import type { ReviewNote } from "@/modules/articles/dto";
import type { TransitionName } from "@/modules/articles/workflow";

type Props = {
  status: ArticleStatus;
  transitions: TransitionName[];
  canEdit: boolean;
  dirty: boolean;
  pending: string | null;
  notice: string;
  scheduledAt: string | null;
  trashedAt: string | null;
  livePath: string | null;
  notes: ReviewNote[];
  onSave: () => void;
  onTransition: (name: TransitionName, argument?: string) => void;
};

export function PublishingPanel(props: Props) {
  const { status, transitions, canEdit, dirty, pending, notice, scheduledAt, trashedAt, livePath, notes, onSave, onTransition } = props;
  const [reviewNote, setReviewNote] = useState("");
  const [comment, setComment] = useState("");
  const [scheduleFor, setScheduleFor] = useState(() => toBerlinInputValue(new Date(Date.now() + 3600_000)));
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const busy = pending !== null;
  const has = (name: TransitionName) => transitions.includes(name);
  const t = useTranslations("articles.panel");
  const date = useNewsroomDate();

  function schedule() {
    const at = berlinInputToUtc(scheduleFor);
    if (!at) return setScheduleError(t("chooseDateTime"));
    setScheduleError(null);
    onTransition("schedule", at.toISOString());
  }

  return (
    <div className="space-y-4 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <p className="flex items-center gap-2 text-sm">
        {t("status")} <StatusBadge status={status} />
      </p>
      {status === "SCHEDULED" && scheduledAt ? (
        <p className="text-sm">{t.rich("goesLive", { at: date(scheduledAt), time: (chunks) => <time dateTime={scheduledAt}>{chunks}</time> })}</p>
      ) : null}
      {status === "TRASHED" && trashedAt ? (
        <p className="text-sm">{t.rich("inTrash", { at: date(trashedAt), time: (chunks) => <time dateTime={trashedAt}>{chunks}</time> })}</p>
      ) : null}
      {status === "IN_REVIEW" && !has("publish") ? <p className="text-sm">{t("waitingForReview")}</p> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {notice}
      </p>
      {livePath && status === "PUBLISHED" ? (
        <p className="text-sm">
          <Link href={livePath} className="underline" target="_blank">
            {t("viewArticle")}
          </Link>
        </p>
      ) : null}
      {dirty && canEdit ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{t("unsaved")}</p> : null}

      <div className="flex flex-wrap gap-2">
        {canEdit ? (
          <Button type="button" variant="secondary" onClick={onSave} disabled={busy}>
            {status === "PUBLISHED" ? (pending === "save" ? t("updating") : t("update")) : pending === "save" ? t("saving") : status === "SCHEDULED" ? t("saveChanges") : t("saveDraft")}
          </Button>
        ) : null}
        {has("publish") ? (
          <Button type="button" onClick={() => onTransition("publish")} disabled={busy}>
            {pending === "publish" ? t("publishing") : status === "IN_REVIEW" ? t("approvePublish") : status === "SCHEDULED" ? t("publishNow") : t("publish")}
          </Button>
        ) : null}
        {has("unpublish") ? (
          <Button type="button" variant="danger" onClick={() => onTransition("unpublish")} disabled={busy}>
            {pending === "unpublish" ? t("unpublishing") : t("unpublish")}
          </Button>
        ) : null}
        {has("withdraw") ? (
          <Button type="button" variant="secondary" onClick={() => onTransition("withdraw")} disabled={busy}>
            {pending === "withdraw" ? t("withdrawing") : t("withdraw")}
          </Button>
        ) : null}
        {has("reopen") ? (
          <Button type="button" variant="secondary" onClick={() => onTransition("reopen")} disabled={busy}>
            {t("reopen")}
          </Button>
        ) : null}
        {has("unschedule") ? (
          <Button type="button" variant="secondary" onClick={() => onTransition("unschedule")} disabled={busy}>
            {t("unschedule")}
          </Button>
        ) : null}
        {has("untrash") ? (
          <Button type="button" onClick={() => onTransition("untrash")} disabled={busy}>
            {t("untrash")}
          </Button>
        ) : null}
        {has("trash") ? (
          <Button type="button" variant="danger" onClick={() => onTransition("trash")} disabled={busy}>
            {pending === "trash" ? t("trashing") : t("trash")}
          </Button>
        ) : null}
      </div>

      {has("submit") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">{t("review")}</legend>
          <label htmlFor="review-note" className="block text-sm">
            {t("noteForEditor")}
          </label>
          <textarea
            id="review-note"
            rows={2}
            value={reviewNote}
            onChange={(e) => setReviewNote(e.target.value)}
            className="block w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          <Button type="button" variant="secondary" onClick={() => onTransition("submit", reviewNote)} disabled={busy}>
            {pending === "submit" ? t("submitting") : t("submit")}
          </Button>
        </fieldset>
      ) : null}

      {has("requestChanges") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">{t("sendBack")}</legend>
          <label htmlFor="review-comment" className="block text-sm">
            {t("whatShouldChange")}
          </label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="block w-full rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          />
          <Button type="button" variant="secondary" onClick={() => onTransition("requestChanges", comment)} disabled={busy}>
            {pending === "requestChanges" ? t("sending") : t("requestChanges")}
          </Button>
        </fieldset>
      ) : null}

      {has("schedule") ? (
        <fieldset className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <legend className="text-sm font-semibold">{t("schedule")}</legend>
          <label htmlFor="schedule-at" className="block text-sm">
            {t("publishAt")}
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
            {pending === "schedule" ? t("scheduling") : status === "SCHEDULED" ? t("changeTime") : t("schedule")}
          </Button>
        </fieldset>
      ) : null}

      {notes.length > 0 ? (
        <section aria-label={t("reviewNotes")} className="border-t border-neutral-200 pt-3 dark:border-neutral-800">
          <h2 className="text-sm font-semibold">{t("reviewNotes")}</h2>
          <ul className="mt-2 space-y-2 text-sm">
            {notes.map((n) => (
              <li key={n.id} className={n.kind === "CHANGES_REQUESTED" ? "rounded bg-amber-50 p-2 text-amber-950" : ""}>
                <span className="font-semibold">{t(`note.${n.kind}`)}</span> {t.rich("noteBy", { name: n.authorName, at: date(n.createdAt), time: (chunks) => <time dateTime={n.createdAt}>{chunks}</time> })}
                {n.text ? <p className="mt-1 whitespace-pre-line">{n.text}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
