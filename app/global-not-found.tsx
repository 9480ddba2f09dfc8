import type { Metadata } from "next";
import { Document, rootViewport } from "@/components/shell/document";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";
import { SITE } from "@/lib/site";
import "./globals.css";

// Any address nothing answers. The app has a root layout per part (reader
// site, newsroom, sign-in: each with its own <html lang>), so this page
// brings its own document; it is the reader site's, in German.

export async function generateMetadata(): Promise<Metadata> {
  return { title: `Seite nicht gefunden – ${SITE.name}`, robots: { index: false } };
}

export const viewport = rootViewport;

export default function GlobalNotFound() {
  return (
    <Document lang="de">
      <NotFoundMessage />
    </Document>
  );
}
