"use client";

import { Button } from "@/components/ui/Button";
import type { LockView } from "@/modules/articles/locks";

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

/** What the editor must know before typing: text found in this browser, and who holds the article. */
export function EditorBanners({
  offerSavedAt,
  onRestore,
  onDiscard,
  lock,
  onTakeOver,
}: {
  offerSavedAt: number | null;
  onRestore: () => void;
  onDiscard: () => void;
  lock: LockView | null;
  onTakeOver: () => void;
}) {
  return (
    <>
      {offerSavedAt !== null ? (
        <div role="alert" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
          <p className="font-semibold">Unsaved text from {timeFormat.format(new Date(offerSavedAt))} was found in this browser.</p>
          <div className="mt-2 flex gap-2">
            <Button type="button" onClick={onRestore}>
              Restore it
            </Button>
            <Button type="button" variant="secondary" onClick={onDiscard}>
              Discard it
            </Button>
          </div>
        </div>
      ) : null}
      {lock?.state === "held" ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">
            {lock.takenFromYou
              ? `${lock.holderName} took over editing. You are now reading; your unsaved text is kept in this browser.`
              : lock.byYou
                ? `You are editing this article in another window since ${timeFormat.format(new Date(lock.since))}.`
                : `${lock.holderName} is editing since ${timeFormat.format(new Date(lock.since))}.`}
          </p>
          <Button type="button" variant="secondary" className="mt-2" onClick={onTakeOver}>
            Take over
          </Button>
        </div>
      ) : null}
    </>
  );
}
