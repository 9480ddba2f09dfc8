"use client";

import { useId, useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { MediaItem } from "@/modules/media/dto";
import { fullPicture } from "@/modules/media/variants";
import { setFocalPointAction } from "./actions";

const pct = (v: number) => Math.round(v * 100);

/**
 * Click on the most important part of the picture (a face); crops keep it in
 * the frame. In the media library at full size; `compact` in the picker, on
 * the thumbnail that exists the moment an upload answers.
 */
export function FocalPoint({ media, onSaved, compact = false }: { media: MediaItem; onSaved: (m: MediaItem) => void; compact?: boolean }) {
  const [point, setPoint] = useState({ x: media.focalX, y: media.focalY });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("media.focal");
  const notSaved = useTranslations("media.details")("notSaved");
  const headingId = useId();
  const picture = fullPicture(media);
  const changed = point.x !== media.focalX || point.y !== media.focalY;
  const setAxis = (axis: "x" | "y") => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = Number(e.target.value);
    if (Number.isFinite(value)) setPoint((p) => ({ ...p, [axis]: Math.min(100, Math.max(0, value)) / 100 }));
  };
  async function save() {
    setPending(true);
    try {
      const result = await setFocalPointAction({ id: media.id, version: media.version }, point);
      if (!result.ok) setMessage({ error: true, text: result.message });
      else {
        onSaved(result.data);
        setMessage({ error: false, text: t("saved") });
      }
    } catch {
      setMessage({ error: true, text: UNREACHABLE });
    } finally {
      setPending(false);
    }
  }
  const Heading = compact ? "h3" : "h2";
  const input = `mt-1 block rounded border border-neutral-400 px-2 py-1 font-normal dark:border-neutral-600 dark:bg-neutral-900 ${compact ? "w-20" : "w-28"}`;
  return (
    <section aria-labelledby={headingId} className={compact ? "space-y-2" : "space-y-3"}>
      <Heading id={headingId} className={compact ? "text-sm font-bold" : "text-lg font-bold"}>
        {t("heading")}
      </Heading>
      <p className={`text-neutral-600 dark:text-neutral-400 ${compact ? "text-xs" : "text-sm"}`}>{t("intro")}</p>
      <div className={`relative w-full select-none ${compact ? "" : "max-w-3xl"}`}>
        {compact ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={media.thumbUrl} width={media.width} height={media.height} alt={media.alt} className="block h-auto w-full rounded" />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={picture.src} srcSet={picture.sources[1]!.srcSet} sizes="(min-width: 64rem) 48rem, 100vw" width={media.width} height={media.height} alt={media.alt} className="block h-auto w-full rounded" />
        )}
        <button
          type="button"
          aria-label={t("button")}
          disabled={!media.permissions.edit}
          className="absolute inset-0 h-full w-full cursor-crosshair disabled:cursor-default"
          onClick={(e) => {
            if (e.detail === 0) return; // keyboard: use the number fields below
            const box = e.currentTarget.getBoundingClientRect();
            setPoint({ x: Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)), y: Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)) });
          }}
        />
        <span
          aria-hidden="true"
          className={`pointer-events-none absolute -translate-x-1/2 -translate-y-1/2 rounded-full border-white shadow-[0_0_0_2px_rgba(0,0,0,0.7)] ${compact ? "h-6 w-6 border-[3px]" : "h-8 w-8 border-4"}`}
          style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className={`font-semibold ${compact ? "text-xs" : "text-sm"}`}>
          {t("left")}
          <input type="number" min={0} max={100} value={pct(point.x)} onChange={setAxis("x")} disabled={!media.permissions.edit} className={input} />
        </label>
        <label className={`font-semibold ${compact ? "text-xs" : "text-sm"}`}>
          {t("top")}
          <input type="number" min={0} max={100} value={pct(point.y)} onChange={setAxis("y")} disabled={!media.permissions.edit} className={input} />
        </label>
        <Button type="button" variant={compact ? "secondary" : "primary"} onClick={() => void save()} disabled={!changed || pending || !media.permissions.edit}>
          {pending ? t("making") : t("save")}
        </Button>
      </div>
      {message ? message.error ? <FormAlert title={notSaved}>{message.text}</FormAlert> : <p role="status" className="text-sm text-green-800 dark:text-green-300">{message.text}</p> : null}
    </section>
  );
}
