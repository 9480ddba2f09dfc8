"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/Button";
import { SelectField, TextAreaField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { ActionResult } from "@/lib/action-result";
import { formatNewsroomDate } from "@/lib/dates";
import { bodyText } from "@/modules/articles/body";
import type { TickerDesk } from "@/modules/live/queries";
import { POLL_CHOICES, SUMMARY_MAX } from "@/modules/live/schema";
import { useMediaPicker } from "../../../media/MediaPicker";
import { closeTickerAction, deleteEntryAction, postEntryAction, setPollIntervalAction, startTickerAction, updateEntryAction, updateSummaryAction } from "./actions";
import { EntryForm } from "./EntryForm";

/** Colleagues' entries appear on the desk this often. */
const DESK_REFRESH_MS = 4000;

const seconds = (ms: number) => (ms < 60_000 ? `${ms / 1000} s` : `${ms / 60_000} min`);

export function LiveDesk({ desk, mediaMaxBytes }: { desk: TickerDesk; mediaMaxBytes: number }) {
  const router = useRouter();
  const picker = useMediaPicker(mediaMaxBytes);
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

  const pickImage = (insert: (mediaId: string) => void) => picker.open("Insert an image", (media) => insert(media.id));
  const done = (message: string) => {
    setNotice(message);
    setAlert(null);
    setEditing(null);
    router.refresh();
  };

  if (!ticker || (!ticker.live && ticker.entries.length === 0 && !desk.canPost)) {
    return (
      <section className="space-y-3">
        <p className="max-w-prose">Turn this article into a live ticker: timestamped entries, newest first, with a summary at the top. Readers see new entries within seconds without reloading.</p>
        {alert ? <FormAlert>{alert}</FormAlert> : null}
        {desk.canPost ? <Button onClick={() => run(() => startTickerAction(articleId), "The live ticker is running")}>Start live ticker</Button> : <p>Your role may not run a ticker on this article.</p>}
      </section>
    );
  }

  return (
    <div className="space-y-6">
      <p className="text-sm">
        {ticker.live ? <strong className="rounded bg-red-700 px-2 py-0.5 text-white">Live</strong> : <strong>Closed (“Ticker beendet”)</strong>} ·{" "}
        {desk.article.status === "PUBLISHED" ? (
          <a href={desk.article.path} target="_blank" rel="noreferrer" className="underline">
            View on the site
          </a>
        ) : (
          "Readers see it once the article is published."
        )}
      </p>
      {alert ? <FormAlert>{alert}</FormAlert> : null}
      {notice ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {notice}
        </p>
      ) : null}
      {desk.canPost && ticker.live ? (
        <EntryForm name="New entry" submitLabel="Post entry" pickImage={pickImage} onSubmit={(e) => postEntryAction(articleId, e)} onDone={done} />
      ) : null}
      <section aria-labelledby="entries" className="space-y-3">
        <h2 id="entries" className="text-lg font-semibold">
          Entries ({ticker.entries.length})
        </h2>
        <ol className="space-y-3">
          {ticker.entries.map((e) => {
            const when = formatNewsroomDate(e.at);
            return editing === e.id ? (
              <li key={e.id}>
                <EntryForm
                  name={`Edit entry from ${when}`}
                  initial={{ body: e.body, quote: e.quote, quoteBy: e.quoteBy, keyEvent: e.keyEvent }}
                  submitLabel="Save entry"
                  pickImage={pickImage}
                  onSubmit={(draft) => updateEntryAction(e.id, e.version, draft)}
                  onDone={done}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={e.id} aria-label={`Entry from ${when}`} className={`rounded border bg-white p-3 dark:bg-neutral-900 ${e.keyEvent ? "border-red-700" : "border-neutral-200 dark:border-neutral-800"}`}>
                <p className="text-xs text-neutral-600 dark:text-neutral-400">
                  {when} · {e.author}
                  {e.keyEvent ? " · key event" : ""}
                </p>
                <p className="mt-1 whitespace-pre-line">{bodyText(e.body)}</p>
                {e.quote ? <p className="mt-1 italic">„{e.quote}“{e.quoteBy ? ` – ${e.quoteBy}` : ""}</p> : null}
                {desk.canPost ? (
                  <div className="mt-2 flex gap-2">
                    <Button variant="secondary" className="px-2 py-1" onClick={() => setEditing(e.id)} aria-label={`Edit the entry from ${when}`}>
                      Edit
                    </Button>
                    <Button
                      variant="danger"
                      className="px-2 py-1"
                      aria-label={`Delete the entry from ${when}`}
                      onClick={() => window.confirm("Delete this entry? Readers will no longer see it.") && run(() => deleteEntryAction(e.id, e.version), "Entry deleted")}
                    >
                      Delete
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
            Summary and settings
          </h2>
          <TextAreaField label="Summary (one point per line)" rows={4} maxLength={SUMMARY_MAX} value={summary} onChange={(e) => setSummary(e.target.value)} hint="Shown above the entries as “Das Wichtigste in Kürze”." />
          <Button variant="secondary" onClick={() => run(() => updateSummaryAction(articleId, { summary, version: summaryVersion }), "Summary saved", (d) => setSummaryVersion(d.version))}>
            Save summary
          </Button>
          <div className="flex flex-wrap items-end gap-3">
            <SelectField label="Readers' pages ask for news every" value={poll} onChange={(e) => setPoll(e.target.value)}>
              {POLL_CHOICES.map((ms) => (
                <option key={ms} value={ms}>
                  {seconds(ms)}
                  {ms === POLL_CHOICES[0] ? " (fastest)" : ""}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary" onClick={() => run(() => setPollIntervalAction(articleId, Number(poll)), `Readers now ask every ${seconds(Number(poll))}`)}>
              Set interval
            </Button>
          </div>
          {ticker.live ? (
            <Button variant="danger" onClick={() => window.confirm("Close the ticker? Readers see “Ticker beendet” and stop asking for news.") && run(() => closeTickerAction(articleId), "Ticker closed")}>
              Close ticker
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => run(() => startTickerAction(articleId), "The live ticker is running again")}>
              Reopen ticker
            </Button>
          )}
        </section>
      ) : null}
      {picker.element}
    </div>
  );
}
