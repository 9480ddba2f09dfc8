"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { ActionResult } from "@/lib/action-result";
import { berlinInputToUtc, toBerlinInputValue } from "@/lib/dates";
import type { FrontDesk } from "@/modules/fronts/queries";
import type { Arrangement, Layout } from "@/modules/fronts/schema";
import { cancelScheduledFrontAction, publishFrontAction, restoreFrontRevisionAction, saveFrontDraftAction, scheduleFrontAction } from "../actions";
import { BlockList, type BlockState } from "./BlockList";
import { SlotCard, useSlotLabel, type SlotState } from "./SlotCard";

/** The story that fills a slot in the saved draft now (chosen, or the newest one the slot takes by itself). */
export type SlotFill = { id: string; headline: string; sectionName: string; at: string; thumb: string | null; chosen: boolean };

type Props = { desk: FrontDesk; filled: (SlotFill | null)[]; preview: ReactNode };

function toState(layout: Layout): (SlotState | null)[] {
  return layout.map((s) => (s ? { articleId: s.articleId, until: s.until ? toBerlinInputValue(new Date(s.until)) : "", headline: s.headline, teaser: s.teaser, image: s.image } : null));
}

export function FrontEditor({ desk, filled, preview }: Props) {
  const router = useRouter();
  const t = useTranslations("fronts.editor");
  const slotLabel = useSlotLabel();
  const formatDate = useNewsroomDate();
  const [slots, setSlots] = useState(() => toState(desk.draft));
  const [blocks, setBlocks] = useState<BlockState[] | null>(desk.blocks);
  const [version, setVersion] = useState(desk.version);
  const [dirty, setDirty] = useState(false);
  const [filter, setFilter] = useState("");
  const [at, setAt] = useState("");
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<{ message: string; problems: string[]; conflictVersion?: number } | null>(null);
  const [notice, setNotice] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const articles = useMemo(() => new Map(desk.articles.map((a) => [a.id, a])), [desk.articles]);
  const headlineOf = (id: string) => articles.get(id)?.headline ?? t("anArticle");

  function change(next: (SlotState | null)[], say?: string) {
    setSlots(next);
    setDirty(true);
    setNotice("");
    if (say) setAnnouncement(say);
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= slots.length || from === to) return;
    const next = [...slots];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved ?? null);
    change(next, moved ? t("movedStory", { headline: headlineOf(moved.articleId), label: slotLabel(to) }) : t("movedAuto", { label: slotLabel(to) }));
  }

  function place(index: number, articleId: string) {
    const next = slots.map((s) => (s && s.articleId === articleId ? null : s));
    next[index] = articleId ? { articleId, until: "", headline: "", teaser: "", image: "auto" } : null;
    change(next, articleId ? t("placed", { headline: headlineOf(articleId), label: slotLabel(index) }) : t("fillsItself", { label: slotLabel(index) }));
  }

  /** The layout as the service takes it, or null with a message when a time cannot be read. */
  function payload(): Layout | null {
    const out: Layout = [];
    for (const [i, s] of slots.entries()) {
      if (!s) {
        out.push(null);
        continue;
      }
      const until = s.until ? berlinInputToUtc(s.until) : null;
      if (s.until && !until) {
        setAlert({ message: t("untilInvalid", { label: slotLabel(i) }), problems: [] });
        return null;
      }
      out.push({ articleId: s.articleId, until: until?.toISOString() ?? null, headline: s.headline, teaser: s.teaser, image: s.image });
    }
    return out;
  }

  function changeBlocks(next: BlockState[], say: string) {
    setBlocks(next);
    setDirty(true);
    setNotice("");
    setAnnouncement(say);
  }

  async function run(work: (v: number, arrangement: Arrangement) => Promise<ActionResult<{ version: number }>>, success: string, useVersion = version) {
    const placedSlots = payload();
    if (!placedSlots) return;
    const layout = { slots: placedSlots, blocks: blocks ? blocks.map((b) => ({ sectionId: b.sectionId, hidden: b.hidden })) : null };
    setPending(true);
    try {
      const result = await work(useVersion, layout);
      if (!result.ok) {
        setAlert({ message: result.message, problems: result.fieldErrors ? Object.values(result.fieldErrors).flat() : [], conflictVersion: result.code === "CONFLICT" ? result.currentVersion : undefined });
        setNotice("");
        return;
      }
      setVersion(result.data.version);
      setDirty(false);
      setAlert(null);
      setNotice(success);
      router.refresh();
    } catch {
      setAlert({ message: UNREACHABLE, problems: [] });
    } finally {
      setPending(false);
    }
  }

  const ref = desk.front.ref;
  const save = (v = version) => run((ver, layout) => saveFrontDraftAction(ref, { version: ver, ...layout }), t("draftSaved"), v);
  const publish = () => run((ver, layout) => publishFrontAction(ref, { version: ver, ...layout }), t("published"));
  const schedule = () => {
    const when = berlinInputToUtc(at);
    if (!when) return setAlert({ message: t("pickTime"), problems: [] });
    return run((ver, layout) => scheduleFrontAction(ref, { version: ver, ...layout, at: when.toISOString() }), t("scheduled", { at: formatDate(when.toISOString()) }));
  };
  const cancelSchedule = () => run((ver) => cancelScheduledFrontAction(ref, { version: ver }), t("withdrawn"));
  const restore = (revisionId: string, number: number) => run((ver) => restoreFrontRevisionAction(ref, { version: ver, revisionId }), t("restored", { n: number }));

  const placed = new Set(slots.flatMap((s) => (s ? [s.articleId] : [])));
  const words = filter.trim().toLocaleLowerCase("de");
  const candidates = desk.articles.filter((a) => !placed.has(a.id) && (!words || a.headline.toLocaleLowerCase("de").includes(words))).slice(0, 30);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <p className="text-sm text-neutral-700 dark:text-neutral-300">
          {desk.publishedAt ? t("readersSee", { at: formatDate(desk.publishedAt) }) : t("neverArranged")} {t("help")}
        </p>
        <p aria-live="polite" role="status" className="sr-only" data-testid="front-announcement">
          {announcement}
        </p>
        {alert ? (
          <FormAlert title={alert.conflictVersion !== undefined ? t("conflictTitle") : t("notChanged")}>
            {alert.message}
            {alert.problems.length > 0 ? (
              <span className="mt-1 block">
                {alert.problems.map((p) => (
                  <span key={p} className="block">
                    {p}
                  </span>
                ))}
              </span>
            ) : null}
          </FormAlert>
        ) : null}
        {alert?.conflictVersion !== undefined ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => window.location.reload()}>
              {t("discardMine")}
            </Button>
            <Button variant="danger" disabled={pending} onClick={() => save(alert.conflictVersion)}>
              {t("saveMine")}
            </Button>
          </div>
        ) : null}
        <ol className="space-y-3" aria-label={t("slots")}>
          {slots.map((slot, i) => (
            <SlotCard
              key={slot ? slot.articleId : `auto-${i}`}
              index={i}
              count={slots.length}
              slot={slot}
              article={slot ? (articles.get(slot.articleId) ?? null) : null}
              // What stands there in the saved draft; after an unsaved change, only what was chosen is known.
              filled={dirty ? null : (filled[i] ?? null)}
              options={desk.articles}
              onPlace={(id) => place(i, id)}
              onMove={(to) => move(i, to)}
              onDropArticle={(id) => place(i, id)}
              onDropSlot={(from) => move(from, i)}
              onChange={(s) => change(slots.map((x, j) => (j === i ? s : x)))}
            />
          ))}
        </ol>
        {blocks ? <BlockList blocks={blocks} onChange={changeBlocks} /> : null}
        {/* Where the buttons are: "published" shows beside what was pressed, not a screen above it. */}
        {notice ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
            {notice}
          </p>
        ) : null}
        <div className="flex flex-wrap items-end gap-3 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <Button variant="secondary" disabled={pending} onClick={() => save()}>
            {t("saveDraft")}
          </Button>
          <Button disabled={pending} onClick={publish}>
            {t("publish")}
          </Button>
          {dirty ? (
            <span className="text-sm text-amber-800 dark:text-amber-300">{t("unsavedPreview")}</span>
          ) : (
            <Link href={`/vorschau/front/${ref}`} target="_blank" className="text-sm font-semibold underline">
              {t("preview")}
            </Link>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Field label={t("goLiveAt")} type="datetime-local" step={1} value={at} onChange={(e) => setAt(e.target.value)} />
          <Button variant="secondary" disabled={pending || !at} onClick={schedule}>
            {t("schedule")}
          </Button>
        </div>
        {desk.scheduledAt ? (
          <p className="flex flex-wrap items-center gap-3 text-sm" data-testid="front-scheduled">
            <span>{t("scheduledAt", { at: formatDate(desk.scheduledAt) })}</span>
            <Button variant="secondary" disabled={pending} onClick={cancelSchedule}>
              {t("cancelSchedule")}
            </Button>
          </p>
        ) : null}
      </div>
      <aside className="space-y-6">
        <section aria-labelledby="front-preview" className="space-y-2">
          <h2 id="front-preview" className="font-semibold">
            {t("previewHeading")}
          </h2>
          <p className="text-xs text-neutral-600 dark:text-neutral-400">{dirty ? t("previewStale") : t("previewNote")}</p>
          <div className={`overflow-hidden rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-950 ${dirty ? "opacity-50" : ""}`}>{preview}</div>
        </section>
        <section aria-labelledby="stories" className="space-y-2">
          <h2 id="stories" className="font-semibold">
            {t("stories")}
          </h2>
          <Field label={t("find")} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul className="space-y-1" aria-label={t("toPlace")}>
            {candidates.map((a) => (
              <li
                key={a.id}
                draggable
                onDragStart={(e) => e.dataTransfer.setData("text/plain", `article:${a.id}`)}
                className="cursor-grab rounded border border-neutral-200 bg-white px-3 py-2 text-sm dark:border-neutral-800 dark:bg-neutral-900"
              >
                <span className="font-semibold">{a.headline}</span>
                <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                  {a.sectionName} · {a.status === "SCHEDULED" ? t("scheduledStory", { at: a.at ? formatDate(a.at) : "" }) : a.at ? formatDate(a.at) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="versions" className="space-y-2">
          <h2 id="versions" className="font-semibold">
            {t("versions")}
          </h2>
          {desk.revisions.length === 0 ? <p className="text-sm">{t("noVersions")}</p> : null}
          <ul className="space-y-2 text-sm">
            {desk.revisions.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {t("version", { n: r.number })} · {formatDate(r.at)} ·{" "}
                  {r.kind === "scheduled" ? t("onSchedule") : r.kind === "restore" ? t("restoredBy", { name: r.by ?? t("formerColleague") }) : t("by", { name: r.by ?? (r.byScheduler ? t("theScheduler") : t("formerColleague")) })}
                  <span className="block text-xs text-neutral-600 dark:text-neutral-400">{t("revisionLead", { headline: r.slots[0] ? headlineOf(r.slots[0].articleId) : t("newestStory") })}</span>
                </span>
                <Button variant="secondary" disabled={pending} onClick={() => restore(r.id, r.number)} aria-label={t("restoreLabel", { n: r.number })}>
                  {t("restore")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}
