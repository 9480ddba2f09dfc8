import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Section } from "@/generated/prisma/client";
import { assertCan } from "../access/policy";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { checkArticleFields, checkPublishable, type ArticleFields } from "./schema";
import { slugify } from "./slug";
import { loadForWrite, parseRef, recordRevision, writeResult, writeVersioned, type WriteResult } from "./write";

// Content writes: creating and saving an article, and changing its author.
// Status changes (review, publishing, scheduling) are in transitions.ts.

export type { WriteResult } from "./write";
export { publishArticle, unpublishArticle } from "./transitions";

function parseFields(input: unknown): ArticleFields {
  const check = checkArticleFields(input);
  if (!check.ok) throw new ValidationError(check.fieldErrors);
  return check.data;
}

async function requireSection(tx: Tx, sectionId: string): Promise<Section> {
  const section = await tx.section.findUnique({ where: { id: sectionId } });
  if (!section) throw new ValidationError({ sectionId: ["Choose a section from the list."] });
  return section;
}

/**
 * The slug to store: the one typed, if free; otherwise derived from the
 * headline, with -2, -3… appended until free. A typed slug that is taken is an
 * error the editor should see, not something to silently change.
 */
async function resolveSlug(tx: Tx, fields: ArticleFields, articleId: string | null): Promise<string> {
  const taken = async (slug: string) => {
    const other = await tx.article.findUnique({ where: { slug }, select: { id: true } });
    return !!other && other.id !== articleId;
  };
  if (fields.slug) {
    if (await taken(fields.slug)) throw new ValidationError({ slug: ["Slug: another article uses this slug already; choose another."] });
    return fields.slug;
  }
  const base = slugify(fields.headline) || `entwurf-${randomBytes(4).toString("hex")}`;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${base.slice(0, 70)}-${randomBytes(4).toString("hex")}`;
}

export async function createArticle(actor: Actor, input: unknown): Promise<WriteResult> {
  assertCan(actor, "article.create");
  const fields = parseFields(input);
  const created = await db.$transaction(async (tx) => {
    await requireSection(tx, fields.sectionId);
    const slug = await resolveSlug(tx, fields, null);
    const article = await tx.article.create({
      data: { ...fields, slug, authorId: actor.id, status: "DRAFT", version: 1 },
      include: { section: true },
    });
    await recordRevision(tx, article, "CREATE", actor.id);
    return article;
  });
  log.info("article.created", { articleId: created.id, userId: actor.id });
  return writeResult(actor, null, created);
}

/** Saves the fields of an article the editor loaded at `version`. */
export async function updateArticle(actor: Actor, refInput: unknown, input: unknown): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const fields = parseFields(input);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.update", current);
    await requireSection(tx, fields.sectionId);
    const slug = await resolveSlug(tx, fields, current.id);
    if (current.status === "PUBLISHED" || current.status === "SCHEDULED") {
      const missing = checkPublishable({ ...fields, slug });
      if (missing) throw new ValidationError(missing, "A published or scheduled article needs a headline, teaser and slug.");
    }
    const updated = await writeVersioned(tx, actor.id, current, ref.version, { ...fields, slug }, "SAVE");
    return [current, updated] as const;
  });
  return writeResult(actor, before, after);
}

/** Hands an article to another byline: its own permission, never part of a general save. */
export async function changeAuthor(actor: Actor, refInput: unknown, authorIdInput: unknown): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const authorId = typeof authorIdInput === "string" ? authorIdInput : "";
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.changeAuthor", current);
    const author = await tx.user.findUnique({ where: { id: authorId } });
    if (!author || author.disabled) throw new ValidationError({ authorId: ["Choose an active colleague as author."] });
    const updated = await writeVersioned(tx, actor.id, current, ref.version, { authorId: author.id }, "AUTHOR_CHANGE");
    await recordAudit(tx, {
      action: "article.author-change",
      actorId: actor.id,
      actorEmail: actor.email,
      targetType: "article",
      targetId: current.id,
      ip: actor.ip,
      detail: `${current.authorId} → ${author.id}`,
    });
    return [current, updated] as const;
  });
  return writeResult(actor, before, after);
}
