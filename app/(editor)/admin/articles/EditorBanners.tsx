"use client";

import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { LockView } from "@/modules/articles/locks";

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
  const t = useTranslations("articles.banners");
  return (
    <>
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
