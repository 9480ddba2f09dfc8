"use client";

import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import { useMessage } from "@/i18n/client";
import type { LeadImageSummary } from "@/modules/articles/dto";

/** The article's lead image: shown above the text, in teasers and when shared. */
export function LeadImageField({
  image,
  onChoose,
  onRemove,
  errors,
  readOnly,
  check,
}: {
  image: LeadImageSummary | null;
  onChoose: () => void;
  onRemove: () => void;
  errors?: string[];
  readOnly: boolean;
  /** The pre-publish check's mark (data-check), so "go there" finds it. */
  check?: string;
}) {
  const t = useTranslations("articles.leadImage");
  const { message } = useMessage();
  return (
    <fieldset data-check={check} aria-describedby={errors?.length ? "lead-image-error" : undefined}>
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      {image ? (
        <figure className="mt-1 flex gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={image.thumbUrl} alt={image.alt} className="h-24 w-40 rounded object-cover" />
          <figcaption className="text-sm">
            <span className="block">{image.caption || <em>{t("noCaption")}</em>}</span>
            <span className="block text-neutral-600 dark:text-neutral-400">{image.credit || t("noCredit")}</span>
          </figcaption>
        </figure>
      ) : (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("none")}</p>
      )}
      {!readOnly ? (
        <div className="mt-2 flex gap-2">
          <Button type="button" variant="secondary" onClick={onChoose}>
            {image ? t("change") : t("choose")}
          </Button>
          {image ? (
            <Button type="button" variant="secondary" onClick={onRemove}>
              {t("remove")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {errors?.length ? (
        <p id="lead-image-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {errors.map(message).join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
