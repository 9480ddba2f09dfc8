// The shared document several people edit at once (Yjs): what it holds and how
// it turns into the article's fields and back. Every field is a root-level
// type, so two people can never create "the same" field twice (a nested type
// made concurrently by two clients keeps one and drops the other's text):
//   body           XmlFragment, the ProseMirror body (y-prosemirror's layout)
//   kicker, …      Text, one per text field, typed character by character
//   meta           Map, the choices (section, address, tags, …): last one wins
import { Node as PmNode } from "@tiptap/pm/model";
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import { bodySchema } from "./schema";

export const TEXT_FIELDS = ["kicker", "headline", "dateline", "credit", "teaser", "seoTitle", "seoDescription", "updateNote"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const META_FIELDS = ["sectionId", "slug", "slugTouched", "tagIds", "relatedIds", "leadImageId"] as const;
export type MetaField = (typeof META_FIELDS)[number];
export const BODY = "body";
export const META = "meta";
/** Every root-level name a document may have; an update naming another is refused (./updates.ts). */
export const ROOT_NAMES: ReadonlySet<string> = new Set<string>([BODY, META, ...TEXT_FIELDS]);

/** What the document holds, in the article form's terms. */
export type DocumentFields = Record<TextField, string> & {
  body: BodyDoc;
  sectionId: string;
  slug: string;
  /** Someone chose the address (it no longer follows the headline). */
  slugTouched: boolean;
  tagIds: string[];
  relatedIds: string[];
  leadImageId: string | null;
};

/** Marks the server's own transactions (seeding, writes from elsewhere), so they are not taken for a person's typing. */
export const SERVER_ORIGIN = Symbol("redaktion.server");

/** A new document holding `fields`: made once, on the server, from the stored article. */
export function seedDocument(fields: DocumentFields): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => writeFields(doc, fields), SERVER_ORIGIN);
  return doc;
}

/** The document's fields now. The body is as the editor holds it; the article's own checks run before it is stored. */
export function readDocument(doc: Y.Doc): DocumentFields {
  const meta = doc.getMap<unknown>(META);
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, doc.getText(name).toString()])) as Record<TextField, string>;
  const json = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY)) as BodyDoc;
  return {
    ...text,
    body: json.content?.length ? plainBody(json) : emptyBody(),
    sectionId: stringOf(meta.get("sectionId")),
    slug: stringOf(meta.get("slug")),
    slugTouched: meta.get("slugTouched") === true,
    tagIds: idsOf(meta.get("tagIds")),
    relatedIds: idsOf(meta.get("relatedIds")),
    leadImageId: typeof meta.get("leadImageId") === "string" ? (meta.get("leadImageId") as string) : null,
  };
}

/**
 * Writes `fields` into the document as the smallest edit that gets there
 * (a changed word is a changed word, not a new text), inside the caller's
 * transaction or one of its own. This is how writes from elsewhere (a restored
 * revision, the live text after "discard changes") reach the people typing:
 * their cursors stay, and what they type at the same moment is kept.
 */
export function writeFields(doc: Y.Doc, fields: DocumentFields) {
  doc.transact(() => {
    for (const name of TEXT_FIELDS) replaceText(doc.getText(name), fields[name]);
    const meta = doc.getMap<unknown>(META);
    for (const name of META_FIELDS) {
      const value = fields[name];
      if (JSON.stringify(meta.get(name) ?? null) !== JSON.stringify(value ?? null)) meta.set(name, Array.isArray(value) ? [...value] : value);
    }
    const fragment = doc.getXmlFragment(BODY);
    if (fragment.length === 0) prosemirrorJSONToYXmlFragment(bodySchema(), withParagraph(fields.body), fragment);
    else updateYFragment(doc, fragment, PmNode.fromJSON(bodySchema(), withParagraph(fields.body)), { mapping: new Map(), isOMark: new Map() });
  }, SERVER_ORIGIN);
}

/** The smallest edit of `text` into `wanted`: what both share at the start and the end stays. */
export function replaceText(text: Y.Text, wanted: string) {
  const current = text.toString();
  if (current === wanted) return;
  let start = 0;
  const max = Math.min(current.length, wanted.length);
  while (start < max && current[start] === wanted[start]) start++;
  let end = 0;
  while (end < max - start && current[current.length - 1 - end] === wanted[wanted.length - 1 - end]) end++;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = wanted.slice(start, wanted.length - end);
  if (inserted) text.insert(start, inserted);
}

/**
 * The document as one update, without its history: deleted text is only a
 * length (Yjs's garbage collection), so the stored size follows the text, not
 * every keystroke ever typed. This is what is stored, and what a newcomer loads.
 */
export function compactState(doc: Y.Doc): Uint8Array<ArrayBuffer> {
  return Y.encodeStateAsUpdate(doc) as Uint8Array<ArrayBuffer>;
}

/** A document from its stored state. */
export function documentFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, SERVER_ORIGIN);
  return doc;
}

// An empty body is one empty paragraph to the editor; ProseMirror refuses a doc without content.
function withParagraph(body: BodyDoc): BodyDoc {
  return body.content.length ? body : { type: "doc", content: [{ type: "paragraph" }] };
}

/**
 * The body as JSON the block registry reads: y-prosemirror (like ProseMirror's
 * toJSON) gives a mark without attributes `attrs: {}` and a node every
 * attribute its type has, defaults included; those go. Marks keep
 * ProseMirror's order (the editor's too).
 */
export function plainBody(json: unknown): BodyDoc {
  return clean(json) as BodyDoc;
}

function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "attrs" && inner && typeof inner === "object" && Object.keys(inner).length === 0) continue;
    out[key] = clean(inner);
  }
  return out;
}

const stringOf = (value: unknown) => (typeof value === "string" ? value : "");
const idsOf = (value: unknown) => (Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : []);
