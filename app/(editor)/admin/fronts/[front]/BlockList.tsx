"use client";

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
  function move(from: number, to: number) {
    if (to < 0 || to >= blocks.length) return;
    const next = [...blocks];
    const [moved] = next.splice(from, 1);
    if (!moved) return;
    next.splice(to, 0, moved);
    onChange(next, `${moved.name} is now block ${to + 1} of ${blocks.length}.`);
  }
  function toggle(index: number, shown: boolean) {
    const block = blocks[index];
    if (!block) return;
    onChange(
      blocks.map((b, i) => (i === index ? { ...b, hidden: !shown } : b)),
      shown ? `${block.name} is shown on the home page.` : `${block.name} is hidden from the home page.`,
    );
  }
  return (
    <section aria-labelledby="blocks" className="space-y-2 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <h2 id="blocks" className="font-semibold">
        Section blocks
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">
        Below the top stories and the newest articles, each section shows its four newest stories not shown above, in this order. A new section joins at the end.
      </p>
      <ol className="space-y-2" aria-label="Section blocks">
        {blocks.map((b, i) => (
          <li key={b.sectionId} className="flex flex-wrap items-center gap-3 rounded border border-neutral-200 bg-white px-3 py-2 dark:border-neutral-800 dark:bg-neutral-900">
            <span className={`flex-1 font-semibold ${b.hidden ? "text-neutral-500 line-through dark:text-neutral-400" : ""}`}>
              {i + 1}. {b.name}
              {b.hidden ? <span className="sr-only"> (hidden)</span> : null}
            </span>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={!b.hidden} onChange={(e) => toggle(i, e.target.checked)} aria-label={`Show ${b.name} on the home page`} />
              Show
            </label>
            <div className="flex gap-1">
              <Button variant="secondary" className="px-2 py-1" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${b.name} up`}>
                ↑
              </Button>
              <Button variant="secondary" className="px-2 py-1" disabled={i === blocks.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${b.name} down`}>
                ↓
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
