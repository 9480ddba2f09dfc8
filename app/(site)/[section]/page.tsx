import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FrontTop } from "@/components/site/FrontTop";
import { Pagination, pageParam, TeaserList } from "@/components/site/TeaserList";
import { getSectionFront } from "@/modules/fronts/queries";
import { getSectionPage } from "@/modules/site/queries";
import { StaticPage } from "@/components/site/StaticPage";
import { getPublishedPage } from "@/modules/pages/queries";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ seite?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const [{ section }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getSectionPage(section, pageParam(seite));
  if (!data) {
    // No section here: a standalone page (/impressum), or nothing.
    const standalone = await getPublishedPage(section);
    return standalone ? { title: standalone.title, alternates: { canonical: `/${standalone.slug}` } } : { title: "Seite nicht gefunden", robots: { index: false } };
  }
  const page = data.list.page;
  return {
    title: page > 1 ? `${data.section.name} – Seite ${page}` : data.section.name,
    description: `Nachrichten aus dem Ressort ${data.section.name}`,
    alternates: { canonical: page > 1 ? `/${section}?seite=${page}` : `/${section}`, types: { "application/rss+xml": `/rss/${section}` } },
  };
}

export default async function SectionPage({ params, searchParams }: Props) {
  await connection();
  const [{ section }, { seite }] = await Promise.all([params, searchParams]);
  const data = await getSectionPage(section, pageParam(seite));
  if (!data) {
    const standalone = await getPublishedPage(section);
    if (!standalone) notFound();
    return <StaticPage page={standalone} />;
  }
  if (data.list.page > 1 && data.list.items.length === 0) notFound();
  // The first page opens with the desk's lead and top stories; the list below leaves them out.
  const front = data.list.page === 1 ? await getSectionFront(section) : null;
  const [lead, ...top] = front?.slots ?? [];
  const rest = front ? data.list.items.filter((t) => !front.shown.has(t.id)) : data.list.items;
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">{data.section.name}</h1>
      <p className="mt-1 text-sm">
        <Link href={`/rss/${data.section.slug}`} className="underline">
          RSS-Feed
        </Link>
      </p>
      {front ? <FrontTop lead={lead ?? null} top={top} className="mt-6" /> : null}
      <div className="mt-6">
        {data.list.items.length === 0 ? (
          <p>In diesem Ressort ist noch nichts erschienen.</p>
        ) : rest.length > 0 ? (
          <>
            {front ? <h2 className="mb-4 text-sm font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Weitere Artikel</h2> : null}
            <TeaserList teasers={rest} headingLevel={front ? 3 : 2} />
          </>
        ) : null}
      </div>
      <Pagination basePath={`/${data.section.slug}`} page={data.list.page} pages={data.list.pages} />
    </main>
  );
}
