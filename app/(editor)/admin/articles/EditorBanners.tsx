"use client";

import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { EditableArticle } from "@/modules/articles/dto";
import type { LockView } from "@/modules/articles/locks";

/** What the editor must know before typing: text found in this browser, who holds the article, and changes readers do not see yet. */
export function EditorBanners({
  offerSavedAt,
  onRestore,
  onDiscard,
  lock,
  onTakeOver,
  workingCopy,
  onDiscardChanges,
}: {
  offerSavedAt: number | null;
  onRestore: () => void;
  onDiscard: () => void;
  lock: LockView | null;
  onTakeOver: () => void;
  workingCopy: EditableArticle["workingCopy"];
  onDiscardChanges: (() => void) | null;
}) {
  const t = useTranslations("articles.banners");
  return (
    <>
      {workingCopy ? (
        <div data-testid="working-copy" className="rounded border border-violet-300 bg-violet-50 p-3 text-sm text-violet-950">
          <p className="font-semibold">
            {t("workingCopy", { at: new Date(workingCopy.at), by: workingCopy.byName ?? "none" })}
            {workingCopy.inReview ? ` ${t("workingCopyInReview")}` : ""}
          </p>
          {onDiscardChanges ? (
            <Button type="button" variant="secondary" className="mt-2" onClick={onDiscardChanges}>
              {t("discardChanges")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {offerSavedAt !== null ? (
        <div role="alert" className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
          <p className="font-semibold">{t("localFound", { at: new Date(offerSavedAt) })}</p>
          <div className="mt-2 flex gap-2">
            <Button type="button" onClick={onRestore}>
              {t("restore")}
            </Button>
            <Button type="button" variant="secondary" onClick={onDiscard}>
              {t("discard")}
            </Button>
          </div>
        </div>
      ) : null}
      {lock?.state === "held" ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">
            {lock.takenFromYou ? t("takenFromYou", { name: lock.holderName }) : lock.byYou ? t("byYou", { since: new Date(lock.since) }) : t("byOther", { name: lock.holderName, since: new Date(lock.since) })}
          </p>
          <Button type="button" variant="secondary" className="mt-2" onClick={onTakeOver}>
            {t("takeOver")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
