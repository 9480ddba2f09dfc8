import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SITE, siteUrl } from "@/lib/site";

// What every root layout shares (the reader site, the newsroom, sign-in):
// one title pattern, "<page> – <site name>", the colours, the <body>. Each
// part of the app has its own root layout so that <html lang> can say the
// language of its text: German for readers, the person's own in the newsroom.

export function rootMetadata(extra: Metadata = {}): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: SITE.name, template: `%s – ${SITE.name}` },
    description: SITE.description,
    icons: { apple: "/apple-touch-icon.png" },
    ...extra,
  };
}

export const rootViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111111" },
  ],
};

export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">{children}</body>
    </html>
  );
}
