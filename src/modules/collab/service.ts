import "server-only";
import { createHash } from "node:crypto";
import * as Y from "yjs";
import { msg } from "@/i18n/message";
import { db, type Tx } from "@/lib/db";
import { AppError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";
import { assertCan, can } from "../access/policy";
import type { Actor } from "../auth/actor";
import { actorFromCookies, type SessionKey } from "../auth/session";
import { saveFields } from "../articles/service";
import { slugify } from "../articles/slug";
import { editedFieldsOf } from "../articles/working-copy";
import { loadForWrite, type Loaded } from "../articles/write";
import { compactState, documentFrom, readDocument, seedDocument, SERVER_ORIGIN, writeFields, type DocumentFields } from "./document";

// The shared document's place in the newsroom: who may join it, how it is
// made from the stored article (once, on the server), and how what people type
// becomes the article (a save with its revision, in one transaction with the
// document's state). The collaboration server (server/collab.mjs) calls these.

export type CollabPerson = { actor: Actor; session: SessionKey; readOnly: boolean };

/** The address of an article's document: `article:<id>`. */
const DOCUMENT_NAME = /^article:([A-Za-z0-9_-]{1,64})$/;

export function articleIdOf(documentName: string): string {
  const match = DOCUMENT_NAME.exec(documentName);
  if (!match) throw new NotFoundError(msg("articles.errors.gone"));
  return match[1]!;
}

/**
 * Who may join an article's document: a signed-in person who may edit the
 * article types into it; one who may only look gets it read-only; anyone else
 * is refused (and the refusal is logged like any other).
 */
export async function joinDocument(cookieHeader: string | undefined, ip: string, documentName: string): Promise<CollabPerson> {
  const who = await actorFromCookies(cookieHeader, ip);
  if (!who) throw new UnauthorizedError();
  const articleId = articleIdOf(documentName);
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true, status: true } });
  if (!article) throw new NotFoundError(msg("articles.errors.gone"));
  if (can(who.actor, "article.update", article)) return { ...who, readOnly: false };
  if (!can(who.actor, "article.view", article)) assertCan(who.actor, "article.update", article);
  return { ...who, readOnly: true };
}

/** Whether this person may still type into the article (their role or the article's status may have changed). */
export async function mayStillEdit(actor: Actor, articleId: string): Promise<boolean> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, authorId: true, status: true } });
  return !!article && can(actor, "article.update", article);
}

/** The document's fields as the stored article has them (a published article's working copy, if it has one). */
export function documentFieldsOf(article: Loaded): DocumentFields {
  const fields = editedFieldsOf(article);
  return {
    kicker: fields.kicker,
    headline: fields.headline,
    dateline: fields.dateline,
    credit: fields.credit,
    teaser: fields.teaser,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    updateNote: fields.updateNote,
    body: fields.body,
    sectionId: fields.sectionId,
    slug: fields.slug,
    // As the form has it: the address follows the headline until someone chose one, or the article has been out.
    slugTouched: article.publishedAt !== null || fields.slug !== slugify(fields.headline),
    tagIds: fields.tagIds,
    relatedIds: fields.relatedIds ?? [],
    leadImageId: fields.leadImageId,
  };
}

/**
 * The document a server starts from: the stored one, made once from the
 * article when there is none (never in a browser: two browsers seeding at once
 * double the text), with whatever was written to the article elsewhere since
 * (a restored revision, a status change that folded the working copy in)
 * written into it as an edit.
 */
export async function loadDocument(documentName: string): Promise<Uint8Array> {
  const articleId = articleIdOf(documentName);
  for (let attempt = 0; ; attempt++) {
    const article = await loadForWrite(db, articleId);
    const row = await db.articleDocument.findUnique({ where: { articleId } });
    if (!row) {
      const state = compactState(seedDocument(documentFieldsOf(article)));
      try {
        await db.articleDocument.create({ data: { articleId, state, base: state, version: article.version } });
        return state;
      } catch (error) {
        // Another server seeded it at the same moment: take theirs.
        if (attempt < 2) continue;
        throw error;
      }
    }
    if (row.version === article.version) return row.state;
    const live = documentFrom(row.state);
    const base = bringUpToDate(live, row.base, article);
    const state = compactState(live);
    const { count } = await db.articleDocument.updateMany({ where: { articleId, version: row.version }, data: { state, base, version: article.version } });
    if (count === 1 || attempt >= 2) return state;
  }
}

/**
 * Writes into `live` what changed in the article since the document last
 * wrote it (`base`: the document as it was then): the change alone, as an
 * edit, so what people typed since is kept. Returns the new base.
 */
function bringUpToDate(live: Y.Doc, base: Uint8Array, article: Loaded): Uint8Array<ArrayBuffer> {
  const then = documentFrom(base);
  // The same change made on two servers at once (each brings the article into the document it holds) must be
  // the same edit, or the shared document would hold it twice: same base, same article version, same author id,
  // so the same items with the same ids, which Yjs merges into one.
  then.clientID = mergeClientId(article.id, article.version, base);
  const before = Y.encodeStateVector(then);
  writeFields(then, documentFieldsOf(article));
  Y.applyUpdate(live, Y.encodeStateAsUpdate(then, before), SERVER_ORIGIN);
  return compactState(then);
}

/** A Yjs client id (32 bits, as Yjs draws them) that only this exact merge uses. */
export function mergeClientId(articleId: string, version: number, base: Uint8Array): number {
  return createHash("sha256").update(articleId).update(`:${version}:`).update(base).digest().readUInt32BE(0);
}

export type StoreOutcome =
  /** Written: the article is at `version` (unchanged when nothing was typed since the last store). */
  | { stored: "saved" | "unchanged"; version: number; updatedAt: string }
  /** The document is kept, the article not written: the fields are not valid yet (a headline still empty). */
  | { stored: "kept"; version: number; fieldErrors: Record<string, string[]>; message: string }
  /** The article is gone (`gone`), or the person whose typing it is may no longer write it. */
  | { stored: "refused"; gone: boolean; message: string };

/**
 * Stores the document people are typing into: in one transaction, whatever was
 * written to the article elsewhere is first brought into `live`, then what was
 * typed since the last store becomes the article (a save as `editor`, an
 * autosave revision; a published article's working copy), and the document's
 * state is kept with the article's new version. Invalid fields (an empty
 * headline) keep the document and leave the article as it was.
 */
export async function storeDocument(documentName: string, live: Y.Doc, editor: Actor | null): Promise<StoreOutcome> {
  const articleId = articleIdOf(documentName);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => storeIn(tx, articleId, live, editor));
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT" && attempt < 2) continue; // another server wrote the article meanwhile
      if (error instanceof NotFoundError) return { stored: "refused", gone: true, message: error.message };
      if (error instanceof AppError && error.code === "FORBIDDEN") return { stored: "refused", gone: false, message: error.message };
      throw error;
    }
  }
}

async function storeIn(tx: Tx, articleId: string, live: Y.Doc, editor: Actor | null): Promise<StoreOutcome> {
  const current = await loadForWrite(tx, articleId);
  const row = await tx.articleDocument.findUnique({ where: { articleId } });
  let base: Uint8Array<ArrayBuffer> = row?.base ?? compactState(seedDocument(documentFieldsOf(current)));
  if (row && row.version !== current.version) base = bringUpToDate(live, row.base, current);
  const typed = readDocument(live);
  const unchanged = JSON.stringify(typed) === JSON.stringify(readDocument(documentFrom(base)));
  let article = current;
  let outcome: StoreOutcome = { stored: "unchanged", version: current.version, updatedAt: current.updatedAt.toISOString() };
  if (!unchanged && editor) {
    assertCan(editor, "article.update", current);
    try {
      const [, after] = await saveFields(tx, editor, current, current.version, inputOf(typed), { autosave: true });
      article = after;
      base = compactState(live);
      outcome = { stored: "saved", version: after.version, updatedAt: after.updatedAt.toISOString() };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      outcome = { stored: "kept", version: current.version, fieldErrors: error.fieldErrors as Record<string, string[]>, message: error.message };
      log.info("collab.store-kept", { articleId, fields: Object.keys(error.fieldErrors ?? {}) });
    }
  }
  const state = compactState(live);
  await tx.articleDocument.upsert({ where: { articleId }, create: { articleId, state, base, version: article.version }, update: { state, base, version: article.version } });
  return outcome;
}

/** The article form's fields from the document's (a slug nobody chose is left to the server, as the form does). */
function inputOf(fields: DocumentFields) {
  const { slugTouched, ...rest } = fields;
  return { ...rest, slug: slugTouched ? fields.slug : "" };
}
