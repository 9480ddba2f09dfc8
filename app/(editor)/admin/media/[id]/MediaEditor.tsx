"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { Button } from "@/components/ui/Button";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { MediaItem } from "@/modules/media/dto";
import type { ImageUsages } from "@/modules/media/queries";
import { cropPicture, shareUrl } from "@/modules/media/variants";
import { deleteImageAction } from "../actions";
import { FocalPoint } from "../FocalPoint";
import { ImageDetailsForm } from "../ImageDetailsForm";

export function MediaEditor({ initial, usages }: { initial: MediaItem; usages: ImageUsages }) {
  const [media, setMedia] = useState(initial);
  const t = useTranslations("media.details");
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-6">
        <FocalPoint media={media} onSaved={setMedia} />
        <CropPreviews media={media} />
      </div>
      <div className="space-y-8">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3 text-lg font-bold">
            {t("heading")}
          </h2>
          <ImageDetailsForm media={media} onSaved={setMedia} />
        </section>
        <Usages usages={usages} />
        {media.permissions.delete ? <DeleteImage media={media} usages={usages.total} /> : null}
      </div>
    </div>
  );
}

function CropPreviews({ media }: { media: MediaItem }) {
  const wide = cropPicture(media, "wide");
  const square = cropPicture(media, "square");
  const t = useTranslations("media.crops");
  const previews = [
    { label: t("wide"), src: wide.src, className: "aspect-video w-64" },
    { label: t("square"), src: square.src, className: "aspect-square w-36" },
    { label: t("share"), src: shareUrl(media), className: "aspect-[1200/630] w-64" },
  ];
  return (
    <section aria-labelledby="crops-heading">
      <h2 id="crops-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-4">
        {previews.map((p) => (
          <li key={p.label}>
            <figure>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.src} alt="" className={`${p.className} rounded bg-neutral-200 object-cover`} />
              <figcaption className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{p.label}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Usages({ usages }: { usages: ImageUsages }) {
  const { named, others } = usages;
  const t = useTranslations("media.usage");
  const status = useTranslations("status");
  return (
    <section aria-labelledby="usage-heading">
      <h2 id="usage-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {usages.total === 0 ? (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("none")}</p>
      ) : null}
      {others > 0 ? (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("others", { named: named.length > 0 ? "yes" : "no", count: others })}</p>
      ) : null}
      {named.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm">
          {named.map((u) => (
            <li key={u.id}>
              <Link href={`/admin/articles/${u.id}`} className="underline">
                {u.headline || t("noHeadline")}
              </Link>{" "}
              <span className="text-neutral-600 dark:text-neutral-400">
                {t("line", { where: u.lead ? t("lead") : t("inText"), status: status(u.status) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function DeleteImage({ media, usages }: { media: MediaItem; usages: number }) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = useTranslations("media.delete");
  const [confirm, dialog] = useConfirm();
  async function remove() {
    if (usages === 0 && !(await confirm({ title: t("confirm"), confirmLabel: t("button"), danger: true }))) return;
    setPending(true);
    try {
      const result = await deleteImageAction(media.id, confirmed);
      if (!result.ok) setError(Object.values(result.fieldErrors ?? {}).flat().join(" ") || result.message);
      else router.push("/admin/media");
    } catch {
      setError(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }
  return (
    <section aria-labelledby="delete-heading" className="rounded border border-red-300 p-3 dark:border-red-800">
      <h2 id="delete-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {usages > 0 ? (
        <>
          <p className="mt-1 text-sm">
            {t.rich("warning", { count: usages, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t("although")}
          </label>
        </>
      ) : null}
      {error ? (
        <div className="mt-2">
          <FormAlert title={t("notDeleted")}>{error}</FormAlert>
        </div>
      ) : null}
      <Button type="button" variant="danger" className="mt-3" disabled={pending || (usages > 0 && !confirmed)} onClick={() => void remove()}>
        {pending ? t("deleting") : t("button")}
      </Button>
      {dialog}
    </section>
  );
}
