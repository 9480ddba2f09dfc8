import type { Metadata } from "next";
import { Document, rootMetadata, rootViewport } from "@/components/shell/document";
import { IntlClient } from "@/i18n/IntlClient";
import { getNewsroomLocale } from "@/i18n/server";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return rootMetadata({ robots: { index: false, follow: false } });
}

export const viewport = rootViewport;

/** Sign-in, first-run setup and invitations: in the visitor's browser language, else NEWSROOM_LOCALE. */
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const locale = await getNewsroomLocale();
  return (
    <Document lang={locale}>
      <IntlClient locale={locale}>
        <div className="flex min-h-screen items-start justify-center bg-neutral-50 px-4 py-16 dark:bg-neutral-950">
          <main className="w-full max-w-sm rounded-lg border border-neutral-200 bg-white p-6 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">{children}</main>
        </div>
      </IntlClient>
    </Document>
  );
}
