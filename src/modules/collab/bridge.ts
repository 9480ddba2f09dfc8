import "server-only";
import * as Y from "yjs";
import { db } from "@/lib/db";
import { can } from "../access/policy";
import type { Actor } from "../auth/actor";
import { sessionsStillValid, type SessionKey } from "../auth/session";
import { documentFrom } from "./document";
import { articleIdOf, joinDocument, loadDocument, storeDocument, type CollabPerson, type StoreOutcome } from "./service";
import { checkUpdate, type RecentItems } from "./updates";

// What the collaboration server (server/collab.mjs, below the app) may ask of
// the domain. It lives in the same process but not in Next's bundle, so it
// reaches these through one global, set when the server starts
// (src/modules/system/startup.ts). Only bytes and plain data cross: the
// server's Yjs and this bundle's are separate copies of the same library.

export const COLLAB_BRIDGE = Symbol.for("redaktion.collab");

export type Access = "edit" | "view" | "none";

export type CollabBridge = {
  /** Checks the session and the article; throws (with a message and code) when the person may not join. */
  join(cookieHeader: string | undefined, ip: string, documentName: string): Promise<CollabPerson>;
  load(documentName: string): Promise<Uint8Array>;
  /** Stores the document; `merge` is what the server must apply to its copy (a write from elsewhere), if anything. */
  store(documentName: string, state: Uint8Array, editor: Actor | null): Promise<{ outcome: StoreOutcome; merge: Uint8Array | null }>;
  /**
   * Null when the update may be applied; else why not. `doc` is the server's copy, read (never written) to place the
   * update; `connection` an object kept per connection (what it sent that is not applied yet is remembered there).
   */
  check(update: Uint8Array, documentBytes: number, doc: unknown, connection: object): { reason: string } | null;
  /** For each connection: may the person still edit, only look, or nothing (session ended, role or article changed)? */
  recheck(entries: readonly { session: SessionKey; actor: Actor; documentName: string }[]): Promise<Access[]>;
};

const recentByConnection = new WeakMap<object, RecentItems>();

export function registerCollabBridge() {
  const bridge: CollabBridge = {
    join: joinDocument,
    load: loadDocument,
    async store(documentName, state, editor) {
      const live = documentFrom(state);
      const before = Y.encodeStateVector(live);
      const outcome = await storeDocument(documentName, live, editor);
      const merge = Y.encodeStateAsUpdate(live, before);
      // An update with nothing in it is two bytes (no structs, no deletions).
      return { outcome, merge: merge.byteLength > 2 ? merge : null };
    },
    check(update, documentBytes, doc, connection) {
      let recent = recentByConnection.get(connection);
      if (!recent) recentByConnection.set(connection, (recent = new Map()));
      return checkUpdate(update, documentBytes, doc as Y.Doc, recent);
    },
    async recheck(entries) {
      const valid = await sessionsStillValid(entries.map((e) => e.session));
      const ids = [...new Set(entries.map((e) => safeArticleId(e.documentName)).filter((id): id is string => !!id))];
      const articles = new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, authorId: true, status: true } })).map((a) => [a.id, a]));
      return entries.map((entry) => {
        const article = articles.get(safeArticleId(entry.documentName) ?? "");
        if (!valid.has(entry.session.sessionId) || !article) return "none";
        if (can(entry.actor, "article.update", article)) return "edit";
        return can(entry.actor, "article.view", article) ? "view" : "none";
      });
    },
  };
  (globalThis as Record<symbol, unknown>)[COLLAB_BRIDGE] = bridge;
}

function safeArticleId(documentName: string): string | null {
  try {
    return articleIdOf(documentName);
  } catch {
    return null;
  }
}
