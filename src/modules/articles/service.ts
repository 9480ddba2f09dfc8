import "server-only";
import { randomBytes } from "node:crypto";
import type { Article, Section } from "@/generated/prisma/client";
import type { RevisionKind } from "@/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { tagsForArticleChange } from "./cache-tags";
import { toEditableArticle, type EditableArticle } from "./dto";
import { assertCan } from "./policy";
import { checkArticleFields, checkPublishable, articleRefSchema, type ArticleFields, type ArticleRef } from "./schema";
import { slugify } from "./slug";

/** What every write returns: the article as the editor now sees it, and the cache tags to expire. */
export type WriteResult = { article: EditableArticle; invalidate: string[] };

type Loaded = Article & { section: Section };

const CONFLICT_MESSAGE =
  "Someone else saved this article after you opened it. Your text is still here: copy what you need, then reload to see their version.";

function parseFields(input: unknown): ArticleFields {
  const check = checkArticleFields(input);
  if (!check.ok) throw new ValidationError(check.fieldErrors);
  return check.data;
}

function parseRef(input: unknown): ArticleRef {
  const ref = articleRefSchema.safeParse(input);
  if (!ref.success) throw new ValidationError({ form: ["The request does not name an article and its version."] });
  return ref.data;
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

async function loadForWrite(tx: Tx, id: string): Promise<Loaded> {
  const article = await tx.article.findUnique({ where: { id }, include: { section: true } });
  if (!article) throw new NotFoundError("This article does not exist (any more).");
  return article;
}

function recordRevision(tx: Tx, article: Article, kind: RevisionKind, actor: Actor) {
  return tx.articleRevision.create({
    data: {
      articleId: article.id,
      version: article.version,
      kind,
      kicker: article.kicker,
      headline: article.headline,
      teaser: article.teaser,
      body: article.body ?? {},
      slug: article.slug,
      sectionId: article.sectionId,
      status: article.status,
      authorId: actor.id,
    },
  });
}

/**
 * Writes `data` only if the stored version is still `expected`; bumps the
 * version and records a revision in the same transaction.
 */
async function writeVersioned(
  tx: Tx,
  actor: Actor,
  current: Loaded,
  expected: number,
  data: Partial<Pick<Article, "kicker" | "headline" | "teaser" | "slug" | "sectionId" | "status" | "publishedAt">> & { body?: ArticleFields["body"] },
  kind: RevisionKind,
): Promise<Loaded> {
  if (current.version !== expected) throw new ConflictError(CONFLICT_MESSAGE, current.version);
  const { count } = await tx.article.updateMany({
    where: { id: current.id, version: expected },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new ConflictError(CONFLICT_MESSAGE);
  const updated = await loadForWrite(tx, current.id);
  await recordRevision(tx, updated, kind, actor);
  return updated;
}

const located = (a: Loaded) => ({ status: a.status, slug: a.slug, sectionSlug: a.section.slug });

function result(actor: Actor, before: Loaded | null, after: Loaded): WriteResult {
  return { article: toEditableArticle(actor, after), invalidate: tagsForArticleChange(before && located(before), located(after)) };
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
    await recordRevision(tx, article, "CREATE", actor);
    return article;
  });
  log.info("article.created", { articleId: created.id, userId: actor.id });
  return result(actor, null, created);
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
    if (current.status === "PUBLISHED") {
      const missing = checkPublishable({ ...fields, slug });
      if (missing) throw new ValidationError(missing, "A published article needs a headline, teaser and slug.");
    }
    const updated = await writeVersioned(tx, actor, current, ref.version, { ...fields, slug }, "SAVE");
    return [current, updated] as const;
  });
  return result(actor, before, after);
}

export async function publishArticle(actor: Actor, refInput: unknown): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.publish", current);
    if (current.status === "PUBLISHED") throw new ConflictError("This article is already published.", current.version);
    const missing = checkPublishable(current);
    if (missing) throw new ValidationError(missing, "Fill in the highlighted fields before publishing.");
    const updated = await writeVersioned(
      tx,
      actor,
      current,
      ref.version,
      { status: "PUBLISHED", publishedAt: current.publishedAt ?? new Date() },
      "PUBLISH",
    );
    await recordAudit(tx, { action: "article.publish", actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: current.id, ip: actor.ip });
    return [current, updated] as const;
  });
  log.info("article.published", { articleId: after.id, userId: actor.id });
  return result(actor, before, after);
}

export async function unpublishArticle(actor: Actor, refInput: unknown): Promise<WriteResult> {
  const ref = parseRef(refInput);
  const [before, after] = await db.$transaction(async (tx) => {
    const current = await loadForWrite(tx, ref.id);
    assertCan(actor, "article.unpublish", current);
    if (current.status !== "PUBLISHED") throw new ConflictError("Only a published article can be unpublished.", current.version);
    const updated = await writeVersioned(tx, actor, current, ref.version, { status: "UNPUBLISHED" }, "UNPUBLISH");
    await recordAudit(tx, { action: "article.unpublish", actorId: actor.id, actorEmail: actor.email, targetType: "article", targetId: current.id, ip: actor.ip });
    return [current, updated] as const;
  });
  log.info("article.unpublished", { articleId: after.id, userId: actor.id });
  return result(actor, before, after);
}
