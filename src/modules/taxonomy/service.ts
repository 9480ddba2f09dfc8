import "server-only";
import type { Fields } from "@/lib/validation";
import { msg } from "@/i18n/message";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { assertCan } from "../access/policy";
import { publishedArticleTags, TAGS } from "../articles/cache-tags";
import { rememberOldPath } from "../articles/write";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { slugify } from "../articles/slug";
import { sectionFrontKey } from "../fronts/schema";
import { RESERVED_SLUGS } from "@server/reader-routes.mjs";
import { termSchema } from "./schema";

// Sections and tags. Removing one that articles use asks where they go; the
// move and the removal share one transaction. Slugs are fixed at creation:
// renaming changes what readers see, not the addresses they saved.

type Kind = "section" | "tag";

function parseName(input: unknown) {
  const result = termSchema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data.name;
}

async function uniqueSlug(tx: Tx, kind: Kind, name: string) {
  const slug = slugify(name);
  if (!slug) throw new ValidationError({ name: [msg("taxonomy.errors.noLetter")] });
  if (kind === "section" && RESERVED_SLUGS.has(slug)) throw new ValidationError({ name: [msg("taxonomy.errors.reserved", { slug })] });
  if (kind === "section" && (await tx.page.findUnique({ where: { slug }, select: { id: true } }))) throw new ValidationError({ name: [msg("taxonomy.errors.pageSlug", { slug })] });
  const clash = kind === "section" ? await tx.section.findFirst({ where: { OR: [{ slug }, { name }] } }) : await tx.tag.findFirst({ where: { OR: [{ slug }, { name }] } });
  if (clash) throw new ValidationError({ name: [msg(`taxonomy.errors.exists.${kind}`)] });
  return slug;
}

function audit(tx: Tx, actor: Actor, action: string, targetId: string, detail = "") {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: action.split(".")[0], targetId, ip: actor.ip, detail });
}

/** Reader caches that show section names: the lists, and every published article of the section. */
async function sectionTags(tx: Tx, sectionId: string) {
  return [TAGS.publishedList, TAGS.sections, ...(await publishedArticleTags(tx, { sectionId }))];
}

/** Reader caches that show a tag's name: the lists, and every published article carrying it. */
async function tagTags(tx: Tx, tagId: string) {
  return [TAGS.publishedList, ...(await publishedArticleTags(tx, { tags: { some: { tagId } } }))];
}

export async function createSection(actor: Actor, input: Fields) {
  assertCan(actor, "taxonomy.manage");
  const name = parseName(input);
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "section", name);
    const position = (await tx.section.count()) + 1;
    const section = await tx.section.create({ data: { name, slug, position } });
    await audit(tx, actor, "section.create", section.id, name);
    return { id: section.id, name, slug, invalidate: [TAGS.publishedList, TAGS.sections] };
  });
}

export async function renameSection(actor: Actor, id: string, input: Fields) {
  assertCan(actor, "taxonomy.manage");
  const name = parseName(input);
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: String(id) } });
    if (!section) throw new NotFoundError(msg("taxonomy.errors.sectionGone"));
    if (await tx.section.findFirst({ where: { name, id: { not: section.id } } })) throw new ValidationError({ name: [msg("taxonomy.errors.exists.section")] });
    await tx.section.update({ where: { id: section.id }, data: { name } });
    await audit(tx, actor, "section.rename", section.id, `${section.name} → ${name}`);
    return { invalidate: await sectionTags(tx, section.id) };
  });
}

/** Removes a section; its articles (if any) move to `moveTo` first. */
export async function removeSection(actor: Actor, id: string, moveTo?: string | null) {
  assertCan(actor, "taxonomy.manage");
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id: String(id) }, include: { _count: { select: { articles: true } } } });
    if (!section) throw new NotFoundError(msg("taxonomy.errors.sectionGone"));
    if ((await tx.section.count()) === 1) throw new ConflictError(msg("taxonomy.errors.lastSection"));
    let invalidate: string[] = [];
    if (section._count.articles > 0) {
      const target = typeof moveTo === "string" && moveTo !== section.id ? await tx.section.findUnique({ where: { id: moveTo } }) : null;
      if (!target) {
        throw new ValidationError({ moveTo: [msg("taxonomy.errors.chooseMove", { count: section._count.articles, name: section.name })] });
      }
      invalidate = await sectionTags(tx, section.id);
      // Published addresses move with the articles: the old ones answer 308.
      const moved = await tx.article.findMany({ where: { sectionId: section.id, publishedAt: { not: null } }, select: { id: true, slug: true } });
      for (const a of moved) await rememberOldPath(tx, a.id, `/${section.slug}/${a.slug}`, true);
      await tx.article.updateMany({ where: { sectionId: section.id }, data: { sectionId: target.id, version: { increment: 1 } } });
      invalidate.push(...(await sectionTags(tx, target.id)));
    }
    // The section's front (layouts and their revisions) goes with it; the scheduler would otherwise keep finding it due.
    await tx.front.deleteMany({ where: { key: sectionFrontKey(section.id) } });
    await tx.section.delete({ where: { id: section.id } });
    await audit(tx, actor, "section.delete", section.id, `${section.name} (${section._count.articles} article(s) moved)`);
    return { invalidate };
  });
}

export async function createTag(actor: Actor, input: Fields) {
  assertCan(actor, "taxonomy.manage");
  const name = parseName(input);
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "tag", name);
    const tag = await tx.tag.create({ data: { name, slug } });
    await audit(tx, actor, "tag.create", tag.id, name);
    return { id: tag.id, name, slug, invalidate: [] as string[] };
  });
}

export async function renameTag(actor: Actor, id: string, input: Fields) {
  assertCan(actor, "taxonomy.manage");
  const name = parseName(input);
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: String(id) } });
    if (!tag) throw new NotFoundError(msg("taxonomy.errors.tagGone"));
    if (await tx.tag.findFirst({ where: { name, id: { not: tag.id } } })) throw new ValidationError({ name: [msg("taxonomy.errors.exists.tag")] });
    await tx.tag.update({ where: { id: tag.id }, data: { name } });
    await audit(tx, actor, "tag.rename", tag.id, `${tag.name} → ${name}`);
    return { invalidate: await tagTags(tx, tag.id) };
  });
}

/** Removes a tag; with `moveTo`, its articles get that tag instead, otherwise they just lose it. */
export async function removeTag(actor: Actor, id: string, moveTo?: string | null) {
  assertCan(actor, "taxonomy.manage");
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id: String(id) }, include: { articles: true } });
    if (!tag) throw new NotFoundError(msg("taxonomy.errors.tagGone"));
    const invalidate = await tagTags(tx, tag.id);
    if (typeof moveTo === "string" && moveTo) {
      const target = moveTo !== tag.id ? await tx.tag.findUnique({ where: { id: moveTo } }) : null;
      if (!target) throw new ValidationError({ moveTo: [msg("taxonomy.errors.chooseTag")] });
      for (const link of tag.articles) {
        await tx.articleTag.upsert({
          where: { articleId_tagId: { articleId: link.articleId, tagId: target.id } },
          create: { articleId: link.articleId, tagId: target.id },
          update: {},
        });
      }
    }
    await tx.tag.delete({ where: { id: tag.id } });
    await audit(tx, actor, "tag.delete", tag.id, `${tag.name} (${tag.articles.length} article(s))`);
    return { invalidate };
  });
}
