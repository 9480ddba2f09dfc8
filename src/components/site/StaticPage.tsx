import { ArticleBody } from "@/components/site/ArticleBody";
import { formatDateDe } from "@/lib/dates";
import type { ReaderPage } from "@/modules/pages/queries";

/** A standalone page of the site (Impressum, Datenschutz …): its title, its text, when it last changed. */
export function StaticPage({ page }: { page: ReaderPage }) {
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <article>
        <h1 className="font-serif text-3xl font-bold">{page.title}</h1>
        <ArticleBody doc={page.body} images={page.images} className="mt-6" />
        <p className="mt-10 text-sm text-neutral-600 dark:text-neutral-400">
          Stand: <time dateTime={page.updatedAt}>{formatDateDe(page.updatedAt)}</time>
        </p>
      </article>
    </main>
  );
}
