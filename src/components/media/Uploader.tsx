"use client";

// Upload by drag-and-drop or file picker, several files at once, each with its
// own progress bar. One request per file, the file as the body, so progress
// is real and a refusal names the file it is about.
import { useId, useRef, useState } from "react";
import { useFormatter, useTranslations } from "use-intl/react";
import { UNREACHABLE } from "@/components/ui/FormAlert";
import { useMessage } from "@/i18n/client";
import { msg } from "@/i18n/message";
import type { MediaItem } from "@/modules/media/dto";

type Upload = { key: number; name: string; loaded: number; total: number; state: "waiting" | "uploading" | "processing" | "done" | "failed"; message?: string };

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif,image/gif";
const PARALLEL = 2;

function send(file: File, onProgress: (loaded: number) => void, onSent: () => void): Promise<{ ok: true; media: MediaItem } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/media");
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.upload.onload = onSent;
    xhr.onload = () => {
      let body: { media?: MediaItem; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // fall through to the generic message
      }
      if (xhr.status === 201 && body.media) resolve({ ok: true, media: body.media });
      else resolve({ ok: false, message: body.message ?? msg("media.upload.failed") });
    };
    xhr.onerror = () => resolve({ ok: false, message: UNREACHABLE });
    xhr.send(file);
  });
}

export function Uploader({ maxBytes, onUploaded, label }: { maxBytes: number; onUploaded: (media: MediaItem) => void; label?: string }) {
  const t = useTranslations("media.upload");
  const format = useFormatter();
  const { message } = useMessage();
  const mb = (bytes: number) => t("megabytes", { n: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
  const inputId = useId();
  const hintId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const seq = useRef(0);
  const queue = useRef<{ key: number; file: File }[]>([]);
  const running = useRef(0);

  const update = (key: number, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  function pump() {
    while (running.current < PARALLEL && queue.current.length > 0) {
      const { key, file } = queue.current.shift()!;
      running.current += 1;
      update(key, { state: "uploading" });
      void send(
        file,
        (loaded) => update(key, { loaded }),
        () => update(key, { loaded: file.size, state: "processing" }),
      ).then((result) => {
        running.current -= 1;
        if (result.ok) {
          update(key, { state: "done", loaded: file.size });
          onUploaded(result.media);
        } else {
          update(key, { state: "failed", message: result.message });
        }
        pump();
      });
    }
  }

  function start(files: FileList | null) {
    if (!files) return;
    const added: Upload[] = [];
    for (const file of Array.from(files)) {
      const key = ++seq.current;
      if (file.size > maxBytes) {
        added.push({ key, name: file.name, loaded: 0, total: file.size, state: "failed", message: t("tooLarge", { name: file.name, size: mb(file.size), max: mb(maxBytes) }) });
        continue;
      }
      added.push({ key, name: file.name, loaded: 0, total: file.size, state: "waiting" });
      queue.current.push({ key, file });
    }
    setUploads((all) => [...added, ...all].slice(0, 50));
    pump();
  }

  const statusText = (u: Upload) =>
    u.state === "waiting" ? t("waiting") : u.state === "uploading" ? t("percent", { n: Math.round((u.loaded / Math.max(1, u.total)) * 100) }) : u.state === "processing" ? t("processing") : u.state === "done" ? t("done") : message(u.message ?? "");

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        start(e.dataTransfer.files);
      }}
      className={`rounded border-2 border-dashed p-4 ${over ? "border-neutral-900 bg-neutral-100 dark:border-white dark:bg-neutral-800" : "border-neutral-400 dark:border-neutral-600"}`}
    >
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-sm">{t("drag")}</span>
        <label htmlFor={inputId} className="cursor-pointer rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white focus-within:outline-2 hover:bg-neutral-700 dark:bg-white dark:text-neutral-900">
          {label ?? t("choose")}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          aria-describedby={hintId}
          className="sr-only"
          onChange={(e) => {
            start(e.target.files);
            e.target.value = "";
          }}
        />
      </div>
      <p id={hintId} className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        {t("hint", { max: mb(maxBytes) })}
      </p>
      {uploads.length > 0 ? (
        <ul aria-label={t("list")} className="mt-3 space-y-2 text-sm">
          {uploads.map((u) => (
            <li key={u.key} className="grid grid-cols-[minmax(0,1fr)_8rem] items-center gap-x-3">
              <span className="truncate font-medium">{u.name}</span>
              <progress aria-label={t("progress", { name: u.name })} max={Math.max(1, u.total)} value={u.state === "failed" ? 0 : u.loaded} className="w-full" />
              <span role={u.state === "failed" ? "alert" : "status"} className={`col-span-2 ${u.state === "failed" ? "font-medium text-red-700 dark:text-red-400" : "text-neutral-600 dark:text-neutral-400"}`}>
                {statusText(u)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
