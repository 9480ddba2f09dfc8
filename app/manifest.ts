import type { MetadataRoute } from "next";
import { SITE } from "@/lib/site";

/** The web app manifest: the reader site added to a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE.name,
    short_name: SITE.name,
    description: SITE.description,
    lang: "de",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#b3001b",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
