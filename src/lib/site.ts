import { config } from "@server/config.mjs";

// The site's identity for metadata, feeds and sitemaps (SITE_NAME, SITE_DESCRIPTION, SITE_URL).
export const SITE = {
  get name() {
    return config().site.name;
  },
  get description() {
    return config().site.description;
  },
  locale: "de_DE",
  language: "de",
} as const;

/** The public origin, without a trailing slash: SITE_URL, else NEXTAUTH_URL, else localhost. */
export function siteUrl(): string {
  return config().site.url;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
