import Link from "next/link";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { formatNewsroomDate } from "@/lib/dates";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listNewsroomArticles } from "@/modules/articles/queries";

export const metadata = { title: "Articles" };

export default async function ArticleListPage() {
  const user = await requireUserOrRedirect("/admin");
  const articles = await listNewsroomArticles(user);
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
        >
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="mt-6">No articles yet. Start with “New article”.</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Articles, most recently changed first</caption>
            <thead className="border-b border-neutral-200 dark:border-neutral-800">
              <tr>
                <th scope="col" className="px-3 py-2">Headline</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Section</th>
                <th scope="col" className="px-3 py-2">Author</th>
                <th scope="col" className="px-3 py-2">Last change</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                  <td className="px-3 py-2">
                    <Link href={`/admin/articles/${a.id}`} className="font-semibold hover:underline">
                      {a.headline || "(no headline yet)"}
                    </Link>
                  </td>
                  <td className="px-3 py-2"><StatusBadge status={a.status} /></td>
                  <td className="px-3 py-2">{a.sectionName}</td>
                  <td className="px-3 py-2">{a.authorName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={a.updatedAt}>{formatNewsroomDate(a.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
