"use client";

// Choosing an image for an article: search the library or upload in place,
// set its focal point, then make sure it has alt text before it goes in.
import { useTranslations } from "use-intl/react";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Uploader } from "@/components/media/Uploader";
import { Button } from "@/components/ui/Button";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { MediaItem } from "@/modules/media/dto";
import { searchMediaAction } from "./actions";
import { FocalPoint } from "./FocalPoint";
import { ImageDetailsForm } from "./ImageDetailsForm";

type Props = { title: string; maxBytes: number; onPick: (media: MediaItem) => void; onClose: () => void };

/**
 * The picker as a form uses it: `open(title, pick)` shows it, `pick` gets the
 * chosen image (with alt text), and `element` goes anywhere in the form.
 */
export function useMediaPicker(maxBytes: number) {
  const [open, setOpen] = useState<{ title: string; pick: (media: MediaItem) => void } | null>(null);
  const element = open ? (
    <MediaPicker
      title={open.title}
      maxBytes={maxBytes}
      onClose={() => setOpen(null)}
      onPick={(media) => {
        setOpen(null);
        open.pick(media);
      }}
    />
  ) : null;
  return { open: (title: string, pick: (media: MediaItem) => void) => setOpen({ title, pick }), element };
}

export function MediaPicker({ title, maxBytes, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const t = useTranslations("media.picker");

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      searchMediaAction(query)
        .then((result) => {
          if (!current) return;
          if (result.ok) {
            setItems(result.data);
            setError(null);
          } else setError(result.message);
        })
        .catch(() => current && setError(UNREACHABLE));
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  // In <body>, not inside the article's <form> (forms cannot nest).
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby="media-picker-title"
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(64rem,95vw)] rounded-lg p-0 backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-3 dark:border-neutral-800">
        <h2 id="media-picker-title" className="text-lg font-bold">
          {title}
        </h2>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
      <div className="grid max-h-[75vh] gap-4 overflow-y-auto p-4 md:grid-cols-[1fr_20rem]">
        <div className="space-y-3">
          <Uploader
            maxBytes={maxBytes}
            label={t("upload")}
            onUploaded={(media) => {
              setItems((all) => [media, ...(all ?? []).filter((m) => m.id !== media.id)]);
              setSelected(media);
            }}
          />
          <label className="block text-sm font-semibold">
            {t("search")}
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t("searchPlaceholder")}
              className="mt-1 block w-full rounded border border-neutral-400 px-3 py-2 font-normal dark:border-neutral-600 dark:bg-neutral-900"
            />
          </label>
          {error ? <FormAlert>{error}</FormAlert> : null}
          {items === null ? <p className="text-sm">{t("loading")}</p> : null}
          {items?.length === 0 ? <p className="text-sm">{t("none")}</p> : null}
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {items?.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  aria-pressed={selected?.id === m.id}
                  aria-label={t("select", { name: m.alt || m.fileName })}
                  onClick={() => setSelected(m)}
                  className="block w-full rounded border-2 border-transparent text-left aria-pressed:border-neutral-900 dark:aria-pressed:border-white"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={m.thumbUrl} alt="" width={m.width} height={m.height} loading="lazy" className="aspect-video w-full rounded object-cover" />
                  <span className="mt-1 block truncate text-xs">{m.alt || <em>{t("altMissing")}</em>}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div>
          {selected ? (
            <div className="space-y-3">
              <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">
                {selected.fileName} · {selected.width}×{selected.height}
              </p>
              <FocalPoint
                key={`focal-${selected.id}`}
                media={selected}
                compact
                onSaved={(media) => {
                  setSelected(media);
                  setItems((all) => (all ?? []).map((m) => (m.id === media.id ? media : m)));
                }}
              />
              <ImageDetailsForm key={selected.id} media={selected} submitLabel={t("use")} onSaved={onPick} />
            </div>
          ) : (
            <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("hint")}</p>
          )}
        </div>
      </div>
    </dialog>,
    document.body,
  );
}
