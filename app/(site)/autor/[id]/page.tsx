import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Pagination, pageParam, TeaserList } from "@/components/site/TeaserList";
import { getAuthorPage } from "@/modules/site/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ seite?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const [{ id }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getAuthorPage(id, pageParam(seite));
  if (!data) return { title: "Seite nicht gefunden", robots: { index: false } };
  return { title: data.author.name, description: data.author.bio || `Artikel von ${data.author.name}`, alternates: { canonical: `/autor/${id}` } };
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const [{ id }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getAuthorPage(id, pageParam(seite));
  if (!data) notFound();
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Autorin / Autor</p>
      <h1 className="font-serif text-3xl font-bold">{data.author.name}</h1>
      {data.author.bio ? <p className="mt-3 max-w-prose text-lg leading-relaxed text-neutral-700 dark:text-neutral-300">{data.author.bio}</p> : null}
      <h2 className="mt-8 text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Artikel</h2>
      <div className="mt-4">
        <TeaserList teasers={data.list.items} headingLevel={3} />
      </div>
      <Pagination basePath={`/autor/${data.author.id}`} page={data.list.page} pages={data.list.pages} />
    </main>
  );
}
