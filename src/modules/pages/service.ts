import "server-only";
import { msg } from "@/i18n/message";
import { db, type Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { fieldErrorsOf, type Fields } from "@/lib/validation";
import { RESERVED_SLUGS } from "@server/reader-routes.mjs";
import { assertCan } from "../access/policy";
import { bodyText, parseBody, type BodyDoc } from "../articles/body";
import { TAGS } from "../articles/cache-tags";
import { slugify } from "../articles/slug";
import { recordAudit } from "../audit/service";
import type { Actor } from "../auth/actor";
import { placeholdersIn } from "./legal";
import { pageInput, type PageInput } from "./schema";

// Standalone pages (Impressum, Datenschutz, Kontakt, Über uns). The same rules
// as articles where they apply: every write names the version it was based
// on (a stale one is refused and changes nothing) and records a revision in
// the same transaction; publishing runs a check that refuses what is not
// ready (a placeholder left in the Impressum); changes to a published page go
// live only with "Update", never while someone types.

export type PageRef = { id: string; version: number };
type Parsed = Omit<PageInput, "body"> & { body: BodyDoc };

/** What the pre-publish check finds: field → messages (empty: ready). */
export function pageProblems(page: { title: string; body: BodyDoc }): FieldErrors {
  const problems: FieldErrors = {};
  if (!page.title.trim()) problems.title = [msg("pages.errors.titleEmpty")];
  if (!bodyText(page.body).trim()) problems.body = [msg("pages.errors.bodyEmpty")];
  const left = placeholdersIn(page.title, page.body);
  if (left.length > 0) (problems.body ??= []).push(msg("pages.errors.placeholders", { count: left.length, first: left[0]! }));
  return problems;
}

function parse(input: Fields): Parsed {
  const parsed = pageInput.safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const body = parseBody(input.body);
  if (!body.ok) errors.body = [body.message];
  if (!parsed.success || !body.ok) throw new ValidationError(errors);
  return { ...parsed.data, body: body.body };
}

/** A page's address is free when no section, reserved name or other page has it. */
async function freeSlug(tx: Tx, wanted: string, title: string, pageId: string | null): Promise<string> {
  const slug = wanted || slugify(title);
  if (!slug) throw new ValidationError({ slug: [msg("pages.errors.slugInvalid")] });
  if (RESERVED_SLUGS.has(slug)) throw new ValidationError({ slug: [msg("pages.errors.slugReserved", { slug })] });
  if (await tx.section.findUnique({ where: { slug }, select: { id: true } })) throw new ValidationError({ slug: [msg("pages.errors.slugSection", { slug })] });
  const other = await tx.page.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== pageId) throw new ValidationError({ slug: [msg("pages.errors.slugTaken", { slug })] });
  return slug;
}

type Row = { id: string; slug: string; title: string; body: unknown; status: "DRAFT" | "PUBLISHED"; version: number };

async function recordRevision(tx: Tx, actor: Actor, page: Row) {
  await tx.pageRevision.create({
    data: { pageId: page.id, version: page.version, title: page.title, slug: page.slug, body: page.body as object, status: page.status, authorId: actor.id, authorName: actor.name },
  });
}

function audit(tx: Tx, actor: Actor, action: string, page: { id: string; title: string; slug: string }) {
  return recordAudit(tx, { action, actorId: actor.id, actorEmail: actor.email, targetType: "page", targetId: page.id, ip: actor.ip, detail: `„${page.title}“ (/${page.slug})` });
}

/** Reader caches to expire: a draft nobody sees changes nothing on the site. */
function tagsFor(before: { status: string; slug: string } | null, after: { status: string; slug: string }): string[] {
  if (before?.status !== "PUBLISHED" && after.status !== "PUBLISHED") return [];
  return [...new Set([TAGS.pages, TAGS.page(after.slug), ...(before ? [TAGS.page(before.slug)] : [])])];
}

/** A new page, as a draft. */
export async function createPage(actor: Actor, input: Fields) {
  assertCan(actor, "page.manage");
  const data = parse(input);
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, data.slug, data.title, null);
    const page = await tx.page.create({ data: { slug, title: data.title, body: data.body, inFooter: data.inFooter, footerOrder: data.footerOrder } });
    await recordRevision(tx, actor, page);
    await audit(tx, actor, "page.create", page);
    return { id: page.id, version: page.version, slug: page.slug };
  });
}

async function write(tx: Tx, actor: Actor, ref: PageRef, data: Parsed, status: "DRAFT" | "PUBLISHED") {
  const before = await tx.page.findUnique({ where: { id: String(ref.id) } });
  if (!before) throw new NotFoundError(msg("pages.errors.gone"));
  const slug = await freeSlug(tx, data.slug, data.title, before.id);
  const publishedAt = status === "PUBLISHED" ? (before.status === "PUBLISHED" ? before.publishedAt : new Date()) : null;
  const { count } = await tx.page.updateMany({
    where: { id: before.id, version: ref.version },
    data: { slug, title: data.title, body: data.body, inFooter: data.inFooter, footerOrder: data.footerOrder, status, publishedAt, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(msg("pages.errors.stale"));
  const after = await tx.page.findUniqueOrThrow({ where: { id: before.id } });
  await recordRevision(tx, actor, after);
  return { before, after };
}

/**
 * Saves the form. A draft stays a draft; on a published page this is
 * "Update": the change goes live, so it passes the pre-publish check first.
 */
export async function savePage(actor: Actor, ref: PageRef, input: Fields) {
  assertCan(actor, "page.manage");
  const data = parse(input);
  return db.$transaction(async (tx) => {
    const current = await tx.page.findUnique({ where: { id: String(ref.id) }, select: { status: true } });
    if (!current) throw new NotFoundError(msg("pages.errors.gone"));
    if (current.status === "PUBLISHED") {
      const problems = pageProblems(data);
      if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    }
    const { before, after } = await write(tx, actor, ref, data, current.status);
    await audit(tx, actor, after.status === "PUBLISHED" ? "page.update" : "page.save", after);
    return { id: after.id, version: after.version, slug: after.slug, status: after.status, invalidate: tagsFor(before, after) };
  });
}

/** Saves and puts the page on the site, when the pre-publish check finds nothing. */
export async function publishPage(actor: Actor, ref: PageRef, input: Fields) {
  assertCan(actor, "page.manage");
  const data = parse(input);
  const problems = pageProblems(data);
  if (Object.keys(problems).length > 0) throw new ValidationError(problems);
  return db.$transaction(async (tx) => {
    const { before, after } = await write(tx, actor, ref, data, "PUBLISHED");
    await audit(tx, actor, "page.publish", after);
    return { id: after.id, version: after.version, slug: after.slug, status: after.status, invalidate: tagsFor(before, after) };
  });
}

/** Takes the page off the site (a draft again, nothing deleted). */
export async function unpublishPage(actor: Actor, ref: PageRef) {
  assertCan(actor, "page.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.page.findUnique({ where: { id: String(ref.id) } });
    if (!before) throw new NotFoundError(msg("pages.errors.gone"));
    const { count } = await tx.page.updateMany({ where: { id: before.id, version: ref.version, status: "PUBLISHED" }, data: { status: "DRAFT", publishedAt: null, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError(msg("pages.errors.stale"));
    const after = await tx.page.findUniqueOrThrow({ where: { id: before.id } });
    await recordRevision(tx, actor, after);
    await audit(tx, actor, "page.unpublish", after);
    return { id: after.id, version: after.version, slug: after.slug, status: after.status, invalidate: tagsFor(before, after) };
  });
}
