"use client";

import { Button } from "@/components/ui/Button";
import type { LeadImageSummary } from "@/modules/articles/dto";

/** The article's lead image: shown above the text, in teasers and when shared. */
export function LeadImageField({ image, onChoose, onRemove, errors, readOnly }: { image: LeadImageSummary | null; onChoose: () => void; onRemove: () => void; errors?: string[]; readOnly: boolean }) {
  return (
    <fieldset aria-describedby={errors?.length ? "lead-image-error" : undefined}>
      <legend className="text-sm font-semibold">Lead image</legend>
      {image ? (
        <figure className="mt-1 flex gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={image.thumbUrl} alt={image.alt} className="h-24 w-40 rounded object-cover" />
          <figcaption className="text-sm">
            <span className="block">{image.caption || <em>No caption</em>}</span>
            <span className="block text-neutral-600 dark:text-neutral-400">{image.credit || "No credit"}</span>
          </figcaption>
        </figure>
      ) : (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">None. Articles with a picture are shared and clicked more often.</p>
      )}
      {!readOnly ? (
        <div className="mt-2 flex gap-2">
          <Button type="button" variant="secondary" onClick={onChoose}>
            {image ? "Change lead image" : "Choose lead image"}
          </Button>
          {image ? (
            <Button type="button" variant="secondary" onClick={onRemove}>
              Remove lead image
            </Button>
          ) : null}
        </div>
      ) : null}
      {errors?.length ? (
        <p id="lead-image-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
