import "server-only";
import { msg } from "@/i18n/message";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { HOME, SLOT_COUNT, sectionFrontKey } from "./schema";

export type FrontRef = { key: string; ref: string; path: string; name: string; count: number; sectionId: string | null };

/** A front by the name in the newsroom's address: "home" or a section's slug. */
export async function findFront(ref: unknown): Promise<FrontRef> {
  const name = String(ref ?? "");
  if (name === HOME) return { key: HOME, ref: HOME, path: "/", name: "Startseite", count: SLOT_COUNT.home, sectionId: null };
  const section = /^[a-z0-9-]{1,80}$/.test(name) ? await db.section.findUnique({ where: { slug: name } }) : null;
  if (!section) throw new NotFoundError(msg("fronts.errors.frontGone"));
  return { key: sectionFrontKey(section.id), ref: section.slug, path: `/${section.slug}`, name: section.name, count: SLOT_COUNT.section, sectionId: section.id };
}

/** Every front: the home page, then the sections in their order. */
export async function allFronts(): Promise<FrontRef[]> {
  const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] });
  return [
    { key: HOME, ref: HOME, path: "/", name: "Startseite", count: SLOT_COUNT.home, sectionId: null },
    ...sections.map((s) => ({ key: sectionFrontKey(s.id), ref: s.slug, path: `/${s.slug}`, name: s.name, count: SLOT_COUNT.section, sectionId: s.id })),
  ];
}
