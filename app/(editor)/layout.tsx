import type { Metadata } from "next";
import { Document, rootMetadata, rootViewport } from "@/components/shell/document";
import { IntlClient } from "@/i18n/IntlClient";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { SITE } from "@/lib/site";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  // The one title pattern, "<page> – <site name>", as on the reader site.
  return rootMetadata({ title: { default: `${t("meta.newsroom")} – ${SITE.name}`, template: `%s – ${SITE.name}` }, robots: { index: false, follow: false } });
}

export const viewport = rootViewport;

/** The newsroom: in the language of the person signed in (their choice, else their browser's, else NEWSROOM_LOCALE). */
export default async function NewsroomRoot({ children }: { children: React.ReactNode }) {
  const locale = await getNewsroomLocale();
  return (
    <Document lang={locale}>
      <IntlClient locale={locale}>{children}</IntlClient>
    </Document>
  );
}
