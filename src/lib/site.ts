// The site's identity for metadata, feeds and sitemaps, from the environment.
export const SITE = {
  name: process.env.SITE_NAME ?? "Redaktion",
  description: process.env.SITE_DESCRIPTION ?? "Nachrichten aus Politik, Wirtschaft, Kultur und Sport.",
  locale: "de_DE",
  language: "de",
} as const;

/** The public origin, without a trailing slash: SITE_URL, else NEXTAUTH_URL, else localhost. */
export function siteUrl(): string {
  return (process.env.SITE_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
