import type { Metadata } from "next";
import Link from "next/link";
import { BreakingBanner } from "@/components/site/BreakingBanner";
import { Document, rootMetadata, rootViewport } from "@/components/shell/document";
import { SITE } from "@/lib/site";
import "../globals.css";
import { listSiteSections } from "@/modules/site/queries";
import { footerPages } from "@/modules/pages/queries";

export async function generateMetadata(): Promise<Metadata> {
  return rootMetadata({ alternates: { types: { "application/rss+xml": "/rss" } } });
}

export const viewport = rootViewport;

/** The reader site: German, whatever language the reader's browser prefers. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  // No connection() here: article pages are rendered once and kept (ISR) until a
  // write expires their tags; list pages opt into per-request rendering themselves.
  const [sections, pages] = await Promise.all([listSiteSections(), footerPages()]);
  return (
    <Document lang="de">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
        Zum Inhalt springen
      </a>
      <BreakingBanner />
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
            {SITE.name}
          </Link>
          <Link href="/suche" className="text-sm font-semibold underline-offset-2 hover:underline">
            Suche
          </Link>
        </div>
        {/* Wraps onto a second line on a phone instead of scrolling: nothing is cut off unannounced. */}
        <nav aria-label="Ressorts" className="mx-auto max-w-5xl px-4 pb-3">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-semibold">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/${s.slug}`} className="hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {children}
      {/* The one script of a reader page; the server leaves Next's out (server/lean-page.mjs). */}
      <script src="/reader.js" defer />
      <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
        {/* The pages the desk chose (Impressum and Datenschutz first, as the law wants them one click from every page). */}
        {pages.length > 0 ? (
          <nav aria-label="Über diese Website" className="mx-auto max-w-5xl px-4 pt-6">
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
              {pages.map((p) => (
                <li key={p.slug}>
                  <Link href={`/${p.slug}`} className="underline">
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-neutral-700 dark:text-neutral-300">
          <span>© {SITE.name}</span>
          <Link href="/rss" className="underline">
            Alle Nachrichten als RSS-Feed
          </Link>
          <Link href="/sitemap.xml" className="underline">
            Sitemap
          </Link>
        </div>
      </footer>
    </Document>
  );
}
