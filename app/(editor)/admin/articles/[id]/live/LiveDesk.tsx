"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { Button } from "@/components/ui/Button";
import { SelectField, TextAreaField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { ActionResult } from "@/lib/action-result";
import { bodyText } from "@/modules/articles/body";
import type { TickerDesk } from "@/modules/live/queries";
import { POLL_CHOICES, SUMMARY_MAX } from "@/modules/live/schema";
import { useMediaPicker } from "../../../media/MediaPicker";
import { closeTickerAction, deleteEntryAction, postEntryAction, setPollIntervalAction, startTickerAction, updateEntryAction, updateSummaryAction } from "./actions";
import { EntryForm } from "./EntryForm";

/** Colleagues' entries appear on the desk this often. */
const DESK_REFRESH_MS = 4000;

export function LiveDesk({ desk, mediaMaxBytes }: { desk: TickerDesk; mediaMaxBytes: number }) {
  const router = useRouter();
  const picker = useMediaPicker(mediaMaxBytes);
  const t = useTranslations("live");
  const [confirm, dialog] = useConfirm();
  const formatDate = useNewsroomDate();
  const seconds = (ms: number) => (ms < 60_000 ? t("seconds", { n: ms / 1000 }) : t("minutes", { n: ms / 60_000 }));
  const [notice, setNotice] = useState("");
  const [alert, setAlert] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [summary, setSummary] = useState(desk.ticker?.summary ?? "");
  const [summaryVersion, setSummaryVersion] = useState(desk.ticker?.summaryVersion ?? 1);
  const [poll, setPoll] = useState(String(desk.ticker?.pollMs ?? POLL_CHOICES[0]));
  const articleId = desk.article.id;
  const ticker = desk.ticker;

  useEffect(() => {
    if (!ticker?.live) return;
    const timer = setInterval(() => router.refresh(), DESK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [router, ticker?.live]);

  async function run<T>(work: () => Promise<ActionResult<T>>, success: string, after?: (data: T) => void) {
    try {
      const result = await work();
      if (!result.ok) {
        setAlert(result.message);
        setNotice("");
        return;
      }
      setAlert(null);
      setNotice(success);
      after?.(result.data);
      router.refresh();
    } catch {
      setAlert(UNREACHABLE);
    }
  }

  const pickImage = (insert: (mediaId: string) => void) => picker.open(t("insertImage"), (media) => insert(media.id));
  const done = (message: string) => {
    setNotice(message);
    setAlert(null);
    setEditing(null);
    router.refresh();
  };

  if (!ticker || (!ticker.live && ticker.entries.length === 0 && !desk.canPost)) {
    return (
      <section className="space-y-3">
        <p className="max-w-prose">{t("intro")}</p>
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        {desk.canPost ? <Button onClick={() => run(() => startTickerAction(articleId), t("running"))}>{t("start")}</Button> : <p>{t("roleMayNot")}</p>}
      </section>
    );
  }

  return (
    <div className="space-y-6">
      <p className="text-sm">
        {ticker.live ? <strong className="rounded bg-red-700 px-2 py-0.5 text-white">{t("live")}</strong> : <strong>{t("closed")}</strong>} ·{" "}
        {desk.article.status === "PUBLISHED" ? (
          <a href={desk.article.path} target="_blank" rel="noreferrer" className="underline">
            {t("viewOnSite")}
          </a>
        ) : (
          t("seenOncePublished")
        )}
      </p>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {notice ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {notice}
        </p>
      ) : null}
      {desk.canPost && ticker.live ? (
        <EntryForm name={t("newEntry")} submitLabel={t("post")} pickImage={pickImage} onSubmit={(e) => postEntryAction(articleId, e)} onDone={done} />
      ) : null}
      <section aria-labelledby="entries" className="space-y-3">
        <h2 id="entries" className="text-lg font-semibold">
          {t("entries", { count: ticker.entries.length })}
        </h2>
        <ol className="space-y-3">
          {ticker.entries.map((e) => {
            const when = formatDate(e.at);
            return editing === e.id ? (
              <li key={e.id}>
                <EntryForm
                  name={t("editFrom", { when })}
                  initial={{ body: e.body, quote: e.quote, quoteBy: e.quoteBy, keyEvent: e.keyEvent }}
                  submitLabel={t("saveEntry")}
                  pickImage={pickImage}
                  onSubmit={(draft) => updateEntryAction(e.id, e.version, draft)}
                  onDone={done}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={e.id} aria-label={t("entryFrom", { when })} className={`rounded border bg-white p-3 dark:bg-neutral-900 ${e.keyEvent ? "border-red-700" : "border-neutral-200 dark:border-neutral-800"}`}>
                <p className="text-xs text-neutral-600 dark:text-neutral-400">
                  {when} · {e.author}
                  {e.keyEvent ? t("keyEventMark") : null}
                </p>
                <p className="mt-1 whitespace-pre-line">{bodyText(e.body)}</p>
                {e.quote ? <p className="mt-1 italic">{e.quoteBy ? t("quoteBy", { quote: e.quote, by: e.quoteBy }) : t("quoteLine", { quote: e.quote })}</p> : null}
                {desk.canPost ? (
                  <div className="mt-2 flex gap-2">
                    <Button variant="secondary" className="px-2 py-1" onClick={() => setEditing(e.id)} aria-label={t("editLabel", { when })}>
                      {t("edit")}
                    </Button>
                    <Button
                      variant="danger"
                      className="px-2 py-1"
                      aria-label={t("deleteLabel", { when })}
                      onClick={async () => (await confirm({ title: t("confirmDelete"), confirmLabel: t("delete"), danger: true })) && run(() => deleteEntryAction(e.id, e.version), t("deleted"))}
                    >
                      {t("delete")}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      {desk.canPost ? (
        <section aria-labelledby="ticker-settings" className="space-y-4 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 id="ticker-settings" className="text-lg font-semibold">
            {t("settings")}
          </h2>
          <TextAreaField label={t("summary")} rows={4} maxLength={SUMMARY_MAX} value={summary} onChange={(e) => setSummary(e.target.value)} hint={t("summaryHint")} />
          <Button variant="secondary" onClick={() => run(() => updateSummaryAction(articleId, { summary, version: summaryVersion }), t("summarySaved"), (d) => setSummaryVersion(d.version))}>
            {t("saveSummary")}
          </Button>
          <div className="flex flex-wrap items-end gap-3">
            <SelectField label={t("pollLabel")} value={poll} onChange={(e) => setPoll(e.target.value)}>
              {POLL_CHOICES.map((ms) => (
                <option key={ms} value={ms}>
                  {seconds(ms)}
                  {ms === POLL_CHOICES[0] ? t("fastest") : null}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary" onClick={() => run(() => setPollIntervalAction(articleId, Number(poll)), t("pollSet", { interval: seconds(Number(poll)) }))}>
              {t("setInterval")}
            </Button>
          </div>
          {ticker.live ? (
            <Button variant="danger" onClick={async () => (await confirm({ title: t("confirmClose"), confirmLabel: t("close"), danger: true })) && run(() => closeTickerAction(articleId), t("closedDone"))}>
              {t("close")}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => run(() => startTickerAction(articleId), t("runningAgain"))}>
              {t("reopen")}
            </Button>
          )}
        </section>
      ) : null}
      {picker.element}
      {dialog}
    </div>
  );
}
