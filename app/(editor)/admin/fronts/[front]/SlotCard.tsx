"use client";

import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { Field, SelectField } from "@/components/ui/Field";
import { useNewsroomDate } from "@/i18n/client";
import { HEADLINE_MAX, TEASER_MAX, type SlotImage } from "@/modules/fronts/schema";
import type { SlotFill } from "./FrontEditor";

export type SlotState = { articleId: string; until: string; headline: string; teaser: string; image: SlotImage };
type Article = { id: string; headline: string; status: string; path: string; sectionName: string };

/** "Lead", "Top story 2" in the person's language. */
export function useSlotLabel() {
  const t = useTranslations("fronts.slot");
  return (index: number) => (index === 0 ? t("lead") : t("top", { n: index }));
}

type Props = {
  /** The story there now in the saved draft (null after an unsaved change). */
  filled: SlotFill | null;
  index: number;
  count: number;
  slot: SlotState | null;
  article: Article | null;
  options: Article[];
  onPlace: (articleId: string) => void;
  onMove: (to: number) => void;
  onDropArticle: (articleId: string) => void;
  /** Another slot was dropped here: it moves to this position. */
  onDropSlot: (from: number) => void;
  onChange: (slot: SlotState) => void;
};

/** One slot of a front: what stands there, how it is teased here, and the controls to move it (by keyboard or by dragging). */
export function SlotCard({ filled, index, count, slot, article, options, onPlace, onMove, onDropArticle, onDropSlot, onChange }: Props) {
  const date = useNewsroomDate();
  const [over, setOver] = useState(false);
  const t = useTranslations("fronts.slot");
  const label = useSlotLabel()(index);
  return (
    <li
      aria-label={label}
      draggable
      onDragStart={(e) => e.dataTransfer.setData("text/plain", `slot:${index}`)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        // Plain text carries the most reliably between browsers: "article:<id>" or "slot:<index>".
        const [kind, value] = e.dataTransfer.getData("text/plain").split(":", 2);
        if (kind === "article" && value) onDropArticle(value);
        else if (kind === "slot" && value) onDropSlot(Number(value));
      }}
      className={`rounded border bg-white p-4 dark:bg-neutral-900 ${over ? "border-neutral-900 dark:border-neutral-100" : "border-neutral-200 dark:border-neutral-800"}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">
          {label}
          {slot?.until ? <span className="ml-2 text-xs font-normal text-neutral-600 dark:text-neutral-400">{t("pinned")}</span> : null}
        </h2>
        <div className="flex gap-1">
          <Button variant="secondary" className="px-2 py-1" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t("moveUp", { label })}>
            ↑
          </Button>
          <Button variant="secondary" className="px-2 py-1" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t("moveDown", { label })}>
            ↓
          </Button>
          {slot ? (
            <Button variant="secondary" className="px-2 py-1" onClick={() => onPlace("")} aria-label={t("removeLabel", { label })}>
              {t("remove")}
            </Button>
          ) : null}
        </div>
      </div>
      {/* Which story stands here: headline, picture, section and time, chosen or taken by itself. */}
      <div className="mt-2 flex min-w-0 items-start gap-3 rounded bg-neutral-50 p-2 text-sm dark:bg-neutral-950" data-testid="slot-now">
        {/* The library's own thumbnail (already small and WebP): no image optimiser in between. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {filled?.thumb ? <img src={filled.thumb} alt="" width={64} height={36} className="h-9 w-16 shrink-0 rounded object-cover" /> : <span className="h-9 w-16 shrink-0 rounded bg-neutral-200 dark:bg-neutral-800" aria-hidden="true" />}
        <span className="min-w-0">
          {filled ? (
            <>
              <span className="block break-words font-semibold">{filled.headline}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                {filled.chosen ? t("nowChosen") : t("nowAutomatic")} · {filled.sectionName} · {date(filled.at)}
              </span>
            </>
          ) : slot && article ? (
            <>
              <span className="block break-words font-semibold">{article.headline}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                {t("nowChosen")} · {article.sectionName}
              </span>
            </>
          ) : (
            <span className="block text-neutral-600 dark:text-neutral-400">{slot ? t("notListed") : t("nowNewest")}</span>
          )}
        </span>
      </div>
      <SelectField label={t("story", { label })} value={slot?.articleId ?? ""} onChange={(e) => onPlace(e.target.value)} className="mt-2">
        <option value="">{t("automatic")}</option>
        {slot && !options.some((o) => o.id === slot.articleId) ? <option value={slot.articleId}>{article?.headline ?? t("notListed")}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.headline}
            {o.status === "SCHEDULED" ? t("scheduledSuffix") : null}
          </option>
        ))}
      </SelectField>
      {slot ? (
        <details className="mt-3" open={!!(slot.until || slot.headline || slot.teaser || slot.image !== "auto")}>
          <summary className="cursor-pointer text-sm font-semibold">{t("details")}</summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <Field
              label={t("until", { label })}
              type="datetime-local"
              value={slot.until}
              onChange={(e) => onChange({ ...slot, until: e.target.value })}
              hint={t("untilHint")}
            />
            <SelectField label={t("image", { label })} value={slot.image} onChange={(e) => onChange({ ...slot, image: e.target.value as SlotImage })}>
              <option value="auto">{t("imageAuto")}</option>
              <option value="square">{t("imageSquare")}</option>
              <option value="none">{t("imageNone")}</option>
            </SelectField>
            <Field
              label={t("headline", { label })}
              value={slot.headline}
              maxLength={HEADLINE_MAX}
              placeholder={article?.headline}
              onChange={(e) => onChange({ ...slot, headline: e.target.value })}
              className="sm:col-span-2"
              hint={t("headlineHint")}
            />
            <Field
              label={t("teaser", { label })}
              value={slot.teaser}
              maxLength={TEASER_MAX}
              onChange={(e) => onChange({ ...slot, teaser: e.target.value })}
              className="sm:col-span-2"
            />
          </div>
        </details>
      ) : null}
    </li>
  );
}
