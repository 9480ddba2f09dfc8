import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Pagination, pageParam, TeaserList } from "@/components/site/TeaserList";
import { getTagPage } from "@/modules/site/queries";

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<{ seite?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const [{ tag }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getTagPage(tag, pageParam(seite));
  if (!data) return { title: "Seite nicht gefunden", robots: { index: false } };
  return { title: `Thema: ${data.tag.name}`, description: `Artikel zum Thema ${data.tag.name}`, alternates: { canonical: `/thema/${tag}` } };
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const [{ tag }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getTagPage(tag, pageParam(seite));
  if (!data || data.list.items.length === 0) notFound();
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Thema</p>
      <h1 className="font-serif text-3xl font-bold">{data.tag.name}</h1>
      <div className="mt-6">
        <TeaserList teasers={data.list.items} />
      </div>
      <Pagination basePath={`/thema/${data.tag.slug}`} page={data.list.page} pages={data.list.pages} />
    </main>
  );
}
