// What the collaboration server lets into a shared document. Every update a
// browser sends is read item by item before it is applied: only the block
// registry's node and mark types, only the attributes they have, only safe
// link targets, only the document's own fields, and a bounded size. Anything
// else is refused: the update is never applied, stored or passed on, and the
// connection that sent it is closed (its browser starts again from the
// server's copy). The article's own checks still run on every store.
import * as Y from "yjs";
import { BLOCK_TYPES, HEADING_LEVELS, isSafeHref, MARK_TYPES, MAX_CITATION, MAX_INFOBOX_TITLE, MEDIA_ID } from "@/modules/articles/body";
import { LIMITS } from "@/modules/articles/schema";
import { META_FIELDS, ROOT_NAMES } from "./document";

/** One update (a paste of a long article is one); larger is refused. */
export const MAX_UPDATE_BYTES = 512 * 1024;
/** A stored document; an article body is at most 512 KiB of JSON, and the fields and bookkeeping come on top. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

const ELEMENTS: ReadonlySet<string> = new Set(BLOCK_TYPES.filter((t) => t !== "text" && t !== "doc"));
const MARKS: ReadonlySet<string> = new Set(MARK_TYPES);
const META: ReadonlySet<string> = new Set(META_FIELDS);

/** Attributes an element may carry, and what each may hold. */
const ATTRIBUTES: Record<string, (value: unknown) => boolean> = {
  level: (v) => (HEADING_LEVELS as readonly unknown[]).includes(v),
  citation: (v) => v === null || (typeof v === "string" && v.length <= MAX_CITATION),
  title: (v) => typeof v === "string" && v.length <= MAX_INFOBOX_TITLE,
  mediaId: (v) => v === null || (typeof v === "string" && MEDIA_ID.test(v)),
  start: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000,
  type: (v) => v === null || (typeof v === "string" && v.length <= 5),
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const isIdList = (v: unknown, max: number) => Array.isArray(v) && v.length <= max && v.every((x) => typeof x === "string" && ID.test(x));
/** The choices in `meta`: what each may hold (the article's own checks say whether it exists). */
const META_VALUES: Record<string, (value: unknown) => boolean> = {
  sectionId: (v) => typeof v === "string" && (v === "" || ID.test(v)),
  slug: (v) => typeof v === "string" && v.length <= 200,
  slugTouched: (v) => typeof v === "boolean",
  tagIds: (v) => isIdList(v, LIMITS.tags),
  relatedIds: (v) => isIdList(v, LIMITS.related),
  leadImageId: (v) => v === null || (typeof v === "string" && MEDIA_ID.test(v)),
};

/** A mark's value in Y.XmlText: null ends it; otherwise its attributes (a link's address must be safe). */
function markValueOk(key: string, value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== "object" || Array.isArray(value)) return false;
  const attrs = value as Record<string, unknown>;
  if (key !== "link") return Object.keys(attrs).length === 0;
  const allowed = new Set(["href", "target", "rel", "class", "title"]);
  if (!Object.keys(attrs).every((k) => allowed.has(k))) return false;
  if (typeof attrs.href !== "string" || !isSafeHref(attrs.href)) return false;
  return ["target", "rel", "class", "title"].every((k) => attrs[k] === undefined || attrs[k] === null || (typeof attrs[k] === "string" && (attrs[k] as string).length <= 200));
}

export type UpdateRefusal = { reason: string };

/**
 * Checks one update before it is applied. `documentBytes` is the document's
 * size now, for the bound on its size after; `doc` the document it is for
 * (where the update's items take their place from). Returns null when it may be applied.
 */
/**
 * Items a connection sent that passed their check but may not be applied yet
 * (the server checks each message as it arrives and applies it a moment
 * later): the next message's items may take their place from them.
 */
export type RecentItems = Map<number, Y.Item[]>;
const RECENT_PER_CLIENT = 2000;

export function checkUpdate(update: Uint8Array, documentBytes = 0, doc?: Y.Doc, recent?: RecentItems): UpdateRefusal | null {
  if (update.byteLength > MAX_UPDATE_BYTES) return { reason: "update too large" };
  if (documentBytes + update.byteLength > MAX_DOCUMENT_BYTES) return { reason: "document too large" };
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { reason: "unreadable update" };
  }
  const local = new Map<number, Y.Item[]>();
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = local.get(struct.id.client) ?? [];
    list.push(struct);
    local.set(struct.id.client, list);
  }
  // What the document has applied since needs no remembering (it is found there).
  if (recent && doc) {
    for (const [client, items] of recent) {
      const applied = Y.getState(doc.store, client);
      let drop = 0;
      while (drop < items.length && items[drop]!.id.clock + items[drop]!.length <= applied) drop++;
      if (drop === items.length) recent.delete(client);
      else if (drop > 0) recent.set(client, items.slice(drop));
    }
  }
  const known = (client: number, clock: number) => itemAt(local.get(client), clock) ?? itemAt(recent?.get(client), clock);
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and Skip: bookkeeping of deleted content
    const place = placeOf(struct, known, doc);
    if (place === undefined) return { reason: "unknown position" };
    if (place.root !== null && !ROOT_NAMES.has(place.root)) return { reason: `unknown field ${place.root.slice(0, 40)}` };
    const refusal = checkContent(struct, place);
    if (refusal) return { reason: refusal };
  }
  if (recent) {
    for (const [client, items] of local) {
      const list = [...(recent.get(client) ?? []), ...items];
      recent.set(client, list.length > RECENT_PER_CLIENT ? list.slice(-RECENT_PER_CLIENT) : list);
    }
  }
  return null;
}

/** The item covering `clock` in a client's items (in clock order, as updates list them), by halving. */
function itemAt(items: Y.Item[] | undefined, clock: number): Y.Item | undefined {
  if (!items) return undefined;
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    if (clock < item.id.clock) high = mid - 1;
    else if (clock >= item.id.clock + item.length) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** Where an item goes: its root field (when it sits directly in one) and the name it is set under (maps and attributes). */
type Place = { root: string | null; sub: string | null };

/**
 * An update names an item's parent only when its neighbours cannot: an item
 * typed after another (or a map value replacing the previous one) takes its
 * place from that neighbour, found in the same update or in the document.
 */
function placeOf(item: Y.Item, known: (client: number, clock: number) => Y.Item | undefined, doc: Y.Doc | undefined, depth = 0): Place | undefined {
  if (item.parent !== null) return { root: typeof item.parent === "string" ? item.parent : null, sub: item.parentSub };
  const neighbour = item.origin ?? item.rightOrigin;
  if (!neighbour || depth > 10_000) return undefined;
  const inUpdate = known(neighbour.client, neighbour.clock);
  if (inUpdate) return placeOf(inUpdate, known, doc, depth + 1);
  if (!doc) return undefined;
  // The document may come from the collaboration server's own copy of Yjs (server/collab.mjs): read, never instanceof.
  let found: Partial<Y.Item>;
  try {
    found = Y.getItem(doc.store, neighbour) as Partial<Y.Item>;
  } catch {
    return undefined;
  }
  if (!found || !("parentSub" in found) || !found.parent || typeof found.parent !== "object" || !("_item" in found.parent)) return undefined;
  const parent = found.parent as Y.AbstractType<unknown>;
  return { root: parent._item === null ? Y.findRootTypeKey(parent) : null, sub: found.parentSub ?? null };
}

function checkContent(item: Y.Item, place: Place): string | null {
  const content = item.content;
  const sub = place.sub;
  // A value under a name: an element's attribute, or one of the document's choices in `meta`.
  if (sub !== null) {
    if (!(content instanceof Y.ContentAny) && !(content instanceof Y.ContentDeleted)) return `value of ${sub.slice(0, 40)} not plain data`;
    if (content instanceof Y.ContentDeleted) return null;
    const value = content.arr[0];
    if (place.root === "meta") return META.has(sub) && META_VALUES[sub]!(value) ? null : `choice ${sub.slice(0, 40)}`;
    // Attribute names are the same set in `meta` and elements; which parent it is, the update may not say (only its origin).
    const attribute = ATTRIBUTES[sub];
    if (attribute) return attribute(value) ? null : `attribute ${sub}`;
    if (META.has(sub)) return META_VALUES[sub]!(value) ? null : `choice ${sub}`;
    return `attribute ${sub.slice(0, 40)}`;
  }
  if (content instanceof Y.ContentString || content instanceof Y.ContentDeleted) return null;
  if (content instanceof Y.ContentFormat) {
    if (!MARKS.has(content.key)) return `mark ${content.key.slice(0, 40)}`;
    return markValueOk(content.key, content.value) ? null : `mark ${content.key} value`;
  }
  if (content instanceof Y.ContentType) {
    const type = content.type;
    if (type instanceof Y.XmlText) return null;
    if (type instanceof Y.XmlElement) return ELEMENTS.has(type.nodeName) ? null : `node ${type.nodeName.slice(0, 40)}`;
    return "nested shared type";
  }
  // Embeds, binary, JSON and sub-documents: nothing in an article is made of them.
  return `content ${content.constructor.name}`;
}
