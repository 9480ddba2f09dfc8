// What the article form shows of its lead image. Pure: the form imports it.
import { thumbUrl } from "./variants";

export type LeadImageSummary = { id: string; thumbUrl: string; alt: string; caption: string; credit: string; fileName: string };

export function toLeadImageSummary(m: { id: string; alt: string; caption: string; credit: string; fileName: string }): LeadImageSummary {
  return { id: m.id, thumbUrl: thumbUrl(m.id), alt: m.alt, caption: m.caption, credit: m.credit, fileName: m.fileName };
}
