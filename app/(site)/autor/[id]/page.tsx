import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ResponsiveImage } from "@/components/site/ResponsiveImage";
import { Pagination, pageParam, TeaserList } from "@/components/site/TeaserList";
import { getAuthorPage } from "@/modules/site/queries";

// /autor/<name-slug>; the old addresses by id (/autor/<id>) answer 308 to it.
type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ seite?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const [{ id }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getAuthorPage(id, pageParam(seite));
  if (!data) return { title: "Seite nicht gefunden", robots: { index: false } };
  return { title: data.author.name, description: data.author.bio || `Artikel von ${data.author.name}`, alternates: { canonical: data.author.path } };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const [{ id }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getAuthorPage(id, pageParam(seite));
  if (!data) notFound();
  if (data.movedTo) permanentRedirect(data.list.page > 1 ? `${data.movedTo}?seite=${data.list.page}` : data.movedTo);
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        {data.author.photo ? (
          <div className="w-32 shrink-0 overflow-hidden rounded-full">
            <ResponsiveImage image={data.author.photo} crop="square" sizes="8rem" priority />
          </div>
        ) : null}
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Autorin / Autor</p>
          <h1 className="font-serif text-3xl font-bold">{data.author.name}</h1>
        </div>
      </div>
      {data.author.bio ? <p className="mt-3 max-w-prose text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">{data.author.bio}</p> : null}
      <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Artikel</h2>
      <div className="mt-4">
        <TeaserList teasers={data.list.items} headingLevel={3} />
      </div>
      <Pagination basePath={data.author.path} page={data.list.page} pages={data.list.pages} />
    </main>
  );
}
