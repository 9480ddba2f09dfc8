import Link from "next/link";
import { Button } from "@/components/ui/Button";
import { Field, SelectField } from "@/components/ui/Field";
import { getTranslator } from "@/i18n/server";
import { LIST_SORTS, LIST_STATUSES, listHref, isFiltered, type ListQuery } from "@/modules/articles/list-query";

type Option = { id: string; name: string };

/**
 * The article list's search and filters: a plain GET form, so a filtered list
 * is an address to bookmark or send to a colleague, and it works before any
 * script has loaded.
 */
export async function ArticleFilters({ query, sections, people }: { query: ListQuery; sections: Option[]; people: Option[] | null }) {
  const t = await getTranslator();
  return (
    <form method="get" action="/admin" role="search" aria-label={t("articles.list.filters")} className="mt-4 grid gap-3 rounded border border-neutral-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end dark:border-neutral-800 dark:bg-neutral-900">
      <Field label={t("articles.list.search")} name="q" type="search" defaultValue={query.q} />
      <SelectField label={t("articles.list.status")} name="status" defaultValue={query.status ?? ""}>
        <option value="">{t("articles.list.anyStatus")}</option>
        {LIST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("articles.list.section")} name="section" defaultValue={query.sectionId ?? ""}>
        <option value="">{t("articles.list.anySection")}</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      {people ? (
        <SelectField label={t("articles.list.author")} name="author" defaultValue={query.authorId ?? ""}>
          <option value="">{t("articles.list.anyAuthor")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t("articles.list.sort")} name="sort" defaultValue={query.sort}>
        {LIST_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`articles.list.sortBy.${s}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-1">
        {people ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="mine" value="1" defaultChecked={query.mine} className="size-4" />
            {t("articles.list.mine")}
          </label>
        ) : null}
        <Button type="submit">{t("articles.list.apply")}</Button>
        {isFiltered(query) || query.sort !== "updated" ? (
          <Link href={listHref({})} className="text-sm underline">
            {t("articles.list.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
