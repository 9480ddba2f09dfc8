"use client";

import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { FrontDesk } from "@/modules/fronts/queries";

export type BlockState = NonNullable<FrontDesk["blocks"]>[number];

type Props = { blocks: BlockState[]; onChange: (next: BlockState[], say: string) => void };

/**
 * The home page's section blocks below the top: their order and whether each
 * is shown. Buttons move a block (keyboard and screen reader alike); the
 * change is announced like a slot's.
 */
export function BlockList({ blocks, onChange }: Props) {
  const t = useTranslations("fronts.blocks");
  function move(from: number, to: number) {
    if (to < 0 || to >= blocks.length) return;
    const next = [...blocks];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    onChange(next, t("moved", { name: moved.name, n: to + 1, count: blocks.length }));
  }
  function toggle(index: number, shown: boolean) {
    const block = blocks[index];
    if (!block) return;
    onChange(
      blocks.map((b, i) => (i === index ? { ...b, hidden: !shown } : b)),
      shown ? t("shown", { name: block.name }) : t("hiddenNow", { name: block.name }),
    );
  }
  return (
    <section aria-labelledby="blocks" className="space-y-2 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <h2 id="blocks" className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">{t("intro")}</p>
      <ol className="space-y-2" aria-label={t("label")}>
        {blocks.map((b, i) => (
          <li key={b.sectionId} className="flex flex-wrap items-center gap-3 rounded border border-neutral-200 bg-white px-3 py-2 dark:border-neutral-800 dark:bg-neutral-900">
            <span className={`flex-1 font-semibold ${b.hidden ? "text-neutral-500 line-through dark:text-neutral-400" : ""}`}>
              {t("item", { n: i + 1, name: b.name })}
              {b.hidden ? <span className="sr-only"> {t("hidden")}</span> : null}
            </span>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={!b.hidden} onChange={(e) => toggle(i, e.target.checked)} aria-label={t("showLabel", { name: b.name })} />
              {t("show")}
            </label>
            <div className="flex gap-1">
              <Button variant="secondary" className="px-2 py-1" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t("moveUp", { name: b.name })}>
                ↑
              </Button>
              <Button variant="secondary" className="px-2 py-1" disabled={i === blocks.length - 1} onClick={() => move(i, i + 1)} aria-label={t("moveDown", { name: b.name })}>
                ↓
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
