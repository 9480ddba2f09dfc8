import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-dynamic"; // the site URL comes from the environment at run time

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/login", "/setup", "/invite/", "/vorschau/", "/suche"] }],
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/sitemaps/news.xml")],
  };
}
