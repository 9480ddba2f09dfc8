import "server-only";
import type { Db, Tx } from "@/lib/db";
import { slugify } from "../articles/slug";

/**
 * The author page's address for a name (/autor/anna-mueller): transliterated
 * like article slugs, numbered when two people share a name. An address
 * another person had before a rename stays theirs (it redirects to them).
 */
export async function uniqueAuthorSlug(client: Db | Tx, name: string, userId: string): Promise<string> {
  const base = slugify(name).slice(0, 60).replace(/-+$/, "") || "autor";
  const [people, aliases] = await Promise.all([
    client.user.findMany({ where: { slug: { startsWith: base }, id: { not: userId } }, select: { slug: true } }),
    client.authorAlias.findMany({ where: { slug: { startsWith: base }, userId: { not: userId } }, select: { slug: true } }),
  ]);
  const taken = new Set([...people, ...aliases].map((u) => u.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Gives every person without an address one (people from before addresses existed, the seeded byline). */
export async function assignMissingAuthorSlugs(client: Db): Promise<number> {
  const people = await client.user.findMany({ where: { slug: null }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  for (const person of people) await client.user.update({ where: { id: person.id }, data: { slug: await uniqueAuthorSlug(client, person.name, person.id) } });
  return people.length;
}

/**
 * A person's address after a rename: the old one is kept as an alias that
 * redirects to the new one; a name given back takes its address back.
 */
export async function renamedAuthorSlug(tx: Tx, userId: string, oldSlug: string | null, name: string): Promise<string> {
  const slug = await uniqueAuthorSlug(tx, name, userId);
  if (oldSlug && oldSlug !== slug) await tx.authorAlias.upsert({ where: { slug: oldSlug }, create: { slug: oldSlug, userId }, update: { userId } });
  await tx.authorAlias.deleteMany({ where: { slug } });
  return slug;
}
