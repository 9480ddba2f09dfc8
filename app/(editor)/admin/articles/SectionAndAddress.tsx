"use client";

import { useTranslations } from "use-intl/react";
import { Field, SelectField } from "@/components/ui/Field";
import type { SectionOption } from "@/modules/articles/queries";

/**
 * Where the article lives: its section (a new article starts in the person's
 * last one; a first article has none until chosen, and is saved from then on)
 * and its address under it. `parts` shows one of the two: a new article asks
 * for its section at the top of the form, where writing starts.
 */
export function SectionAndAddress({
  parts = "both",
  sections,
  sectionId,
  slug,
  errors,
  readOnly,
  onSection,
  onSlug,
}: {
  parts?: "both" | "section" | "address";
  sections: SectionOption[];
  sectionId: string;
  slug: string;
  errors: { sectionId?: string[]; slug?: string[] };
  readOnly: boolean;
  onSection: (id: string) => void;
  onSlug: (slug: string) => void;
}) {
  const t = useTranslations("articles.form");
  const section = sections.find((s) => s.id === sectionId);
  return (
    <>
      {parts !== "address" ? (
        <SelectField
          label={t("section")}
          value={sectionId}
          onChange={(e) => onSection(e.target.value)}
          errors={errors.sectionId}
          hint={sectionId ? undefined : t("sectionToSave")}
          disabled={readOnly}
          data-check="sectionId"
        >
          {sectionId ? null : <option value="">{t("chooseSectionOption")}</option>}
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {parts !== "section" ? (
        <Field
          label={t("slug")}
          value={slug}
          onChange={(e) => onSlug(e.target.value)}
          errors={errors.slug}
          readOnly={readOnly}
          spellCheck={false}
          hint={t("address", { section: section?.slug ?? "…", slug: slug || "…" })}
        />
      ) : null}
    </>
  );
}
