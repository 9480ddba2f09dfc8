import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import type { Actor } from "../auth/actor";

export type TermRow = { id: string; name: string; slug: string; articleCount: number };

export async function listTaxonomy(actor: Actor): Promise<{ sections: TermRow[]; tags: TermRow[] }> {
  assertCan(actor, "taxonomy.manage");
  const [sections, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { articles: true } } } }),
    db.tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } }),
  ]);
  return {
    sections: sections.map((s) => ({ id: s.id, name: s.name, slug: s.slug, articleCount: s._count.articles })),
    tags: tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, articleCount: t._count.articles })),
  };
}
