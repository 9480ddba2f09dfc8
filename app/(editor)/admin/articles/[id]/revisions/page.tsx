import Link from "next/link";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomDate } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { compareRevisions, getArticleForEditing, listRevisions } from "@/modules/articles/queries";
import { RestoreButton } from "./RestoreButton";
import { DataTable } from "@/components/ui/DataTable";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("revisions.title") };
}

const KINDS = ["CREATE", "SAVE", "AUTOSAVE", "PUBLISH", "UNPUBLISH", "RESTORE", "SUBMIT", "WITHDRAW", "REQUEST_CHANGES", "SCHEDULE", "UNSCHEDULE", "REOPEN", "AUTHOR_CHANGE"] as const;
const isKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const { id } = await params;
  const { from, to } = await searchParams;
  const user = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}/revisions`);
  const [article, revisions] = await orNotFound(Promise.all([getArticleForEditing(user, id), listRevisions(user, id)]));
  const newest = revisions[0];
  const fromId = from ?? revisions[1]?.id ?? newest?.id;
  const toId = to ?? newest?.id;
  const diff = fromId && toId ? await orNotFound(compareRevisions(user, id, fromId, toId)) : null;
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  const kindOf = (kind: string) => (isKind(kind) ? t(`revisions.kindOf.${kind}`) : kind);
  const option = (r: (typeof revisions)[number]) => t("revisions.option", { version: r.version, kind: kindOf(r.kind), who: r.authorName, when: formatNewsroomDate(r.createdAt, locale) });

  return (
    <main className="space-y-6">
      <p>
        <Link href={`/admin/articles/${id}`} className="text-sm underline">
          {t("revisions.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("revisions.heading", { headline: article.headline || t("revisions.noHeadline") })}</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {t("revisions.intro")}
      </p>

      <form className="flex flex-wrap items-end gap-3" method="get">
        {(
          [
            ["from", t("revisions.compare"), fromId],
            ["to", t("revisions.with"), toId],
          ] as const
        ).map(([name, label, selected]) => (
          <label key={name} className="text-sm">
            <span className="block font-semibold">{label}</span>
            <select name={name} defaultValue={selected} className="mt-1 rounded border border-neutral-400 px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {option(r)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold">
          {t("revisions.show")}
        </button>
      </form>

      {diff ? (
        <section aria-label={t("revisions.differences")} className="rounded border border-neutral-200 bg-white p-4 font-serif leading-relaxed whitespace-pre-wrap dark:border-neutral-800 dark:bg-neutral-900">
          {diff.parts.map((part, i) =>
            part.type === "same" ? (
              <span key={i}>{part.text}</span>
            ) : part.type === "added" ? (
              <ins key={i} className="bg-green-100 text-green-950 no-underline dark:bg-green-900 dark:text-green-50">
                {part.text}
              </ins>
            ) : (
              <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50">
                {part.text}
              </del>
            ),
          )}
        </section>
      ) : null}
      {diff && diff.fields.length > 0 ? (
        <DataTable caption={t("revisions.otherChanges")} columns={[t("revisions.field"), t("revisions.before"), t("revisions.after")]}>
          {diff.fields.map((change) => (
            <tr key={change.field} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {t(`revisions.fields.${change.field}`)}
              </th>
              <td className="px-3 py-2">
                <del className="bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50">{change.before || t("revisions.empty")}</del>
              </td>
              <td className="px-3 py-2">
                <ins className="bg-green-100 text-green-950 no-underline dark:bg-green-900 dark:text-green-50">{change.after || t("revisions.empty")}</ins>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}

      <DataTable
        caption={t("revisions.caption")}
        columns={[t("revisions.version"), t("revisions.kind"), t("revisions.who"), t("revisions.when"), t("revisions.headline"), <span key="actions" className="sr-only">{t("revisions.actions")}</span>]}
      >
        {revisions.map((r) => (
          <tr key={r.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
            <td className="px-3 py-2">{t("revisions.versionShort", { version: r.version })}</td>
            <td className="px-3 py-2">{kindOf(r.kind)}</td>
            <td className="px-3 py-2">{r.authorName}</td>
            <td className="whitespace-nowrap px-3 py-2">{formatNewsroomDate(r.createdAt, locale)}</td>
            <td className="px-3 py-2">{r.headline}</td>
            <td className="px-3 py-2">
              {article.permissions.edit && r.version !== article.version ? (
                <RestoreButton articleId={article.id} version={article.version} revisionId={r.id} revisionVersion={r.version} />
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </main>
  );
}
