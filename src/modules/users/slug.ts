import "server-only";
import type { Db, Tx } from "@/lib/db";
import { slugify } from "../articles/slug";

/**
 * The author page's address for a name (/autor/anna-mueller): transliterated
 * like article slugs, numbered when two people share a name.
 */
export async function uniqueAuthorSlug(client: Db | Tx, name: string, userId: string): Promise<string> {
  const base = slugify(name).slice(0, 60).replace(/-+$/, "") || "autor";
  const taken = new Set((await client.user.findMany({ where: { slug: { startsWith: base }, id: { not: userId } }, select: { slug: true } })).map((u) => u.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Gives every person without an address one (people from before addresses existed, the seeded byline). */
export async function assignMissingAuthorSlugs(client: Db): Promise<number> {
  const people = await client.user.findMany({ where: { slug: null }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  for (const person of people) await client.user.update({ where: { id: person.id }, data: { slug: await uniqueAuthorSlug(client, person.name, person.id) } });
  return people.length;
}
