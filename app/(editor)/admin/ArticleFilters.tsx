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
const MENU = "min-w-0 max-w-full flex-[1_1_auto]";

export async function ArticleFilters({ query, sections, people }: { query: ListQuery; sections: Option[]; people: Option[] | null }) {
  const t = await getTranslator();
  return (
    <form method="get" action="/admin/articles" role="search" aria-label={t("articles.list.filters")} className="mt-4 flex flex-wrap items-end gap-3 rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900">
      {/* Each menu as wide as its longest choice ("Zuletzt geändert zuerst" whole), the row wrapping where the screen ends. */}
      <Field label={t("articles.list.search")} name="q" type="search" defaultValue={query.q} className="min-w-0 flex-[2_1_14rem]" />
      <SelectField className={MENU} label={t("articles.list.status")} name="status" defaultValue={query.status ?? ""}>
        <option value="">{t("articles.list.anyStatus")}</option>
        {LIST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField className={MENU} label={t("articles.list.section")} name="section" defaultValue={query.sectionId ?? ""}>
        <option value="">{t("articles.list.anySection")}</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      {people ? (
        <SelectField className={MENU} label={t("articles.list.author")} name="author" defaultValue={query.authorId ?? ""}>
          <option value="">{t("articles.list.anyAuthor")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField className={MENU} label={t("articles.list.sort")} name="sort" defaultValue={query.sort}>
        {LIST_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`articles.list.sortBy.${s}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
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
