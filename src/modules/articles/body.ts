// The block registry: the one list of what an article body may contain.
// The editor (TipTap extensions), the server validation (below) and the reader
// renderer (src/components/site/ArticleBody.tsx) are all built from it, so a
// new block is one change here plus its rendering.
import { decodeMessage, isMessage, msg } from "@/i18n/message";
import { z } from "zod";
import { hasBrokenCharacter, hasUnsafeAddressCharacter, normaliseText, typedText } from "@/lib/text";

/** Node types the body may contain, with the HTML each becomes for readers. */
export const BLOCK_TYPES = [
  "doc",
  "paragraph",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "infoBox",
  "image",
  "hardBreak",
  "text",
] as const;
export const MAX_CITATION = 200;
export const MAX_INFOBOX_TITLE = 120;
export const MARK_TYPES = ["bold", "italic", "link"] as const;
/** Subheadings: h2 and h3 (the headline is the page's only h1). */
export const HEADING_LEVELS = [2, 3] as const;
export const LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

const MAX_BODY_BYTES = 512 * 1024;
const MAX_DEPTH = 12;

/** True for http(s) and mailto URLs only; everything else (javascript:, data:, relative tricks) is refused. */
export function isSafeHref(href: string): boolean {
  if (href.length > 2048 || hasUnsafeAddressCharacter(href.trim())) return false;
  try {
    const url = new URL(href.trim());
    return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

/**
 * What the editor's address field means: a full address as typed; a bare
 * domain ("www.dpa.de/meldung") gets https://; anything else is refused.
 */
export function normaliseHref(input: string): string | null {
  const href = input.trim();
  if (!href) return null;
  if (isSafeHref(href)) return href;
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(href) && isSafeHref(`https://${href}`)) return `https://${href}`;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(href)) return `mailto:${href}`;
  return null;
}

const nullableString = z.string().max(200).nullable().optional();

const linkMark = z
  .object({
    type: z.literal("link"),
    attrs: z
      .object({
        href: z.string().refine(isSafeHref, { message: msg("articles.errors.bodyLink") }),
        // TipTap sends these; they are not stored (the renderer sets its own rel).
        target: nullableString,
        rel: nullableString,
        class: z.null().optional(),
        title: nullableString,
      })
      .strict(),
  })
  .strict();

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  linkMark,
]);

const textNode = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(100_000).refine((s) => !hasBrokenCharacter(s), msg("articles.errors.bodyBroken")),
    marks: z.array(mark).max(MARK_TYPES.length).optional(),
  })
  .strict();

const hardBreak = z.object({ type: z.literal("hardBreak") }).strict();
const inline = z.union([textNode, hardBreak]);
const inlineContent = z.array(inline).max(10_000).optional();

const paragraph = z.object({ type: z.literal("paragraph"), content: inlineContent }).strict();
const heading = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }).strict(),
    content: inlineContent,
  })
  .strict();

type Block =
  | z.infer<typeof paragraph>
  | z.infer<typeof heading>
  | { type: "bulletList"; content: ListItem[] }
  | { type: "orderedList"; attrs?: { start?: number; type?: string | null }; content: ListItem[] }
  /** A quote; `citation` names who said it (rendered as <cite>). */
  | { type: "blockquote"; attrs?: { citation?: string | null }; content: Block[] }
  /** A titled aside ("Infokasten"). */
  | { type: "infoBox"; attrs: { title: string }; content: Block[] }
  /** A library image; alt text, caption and credit come from the library. */
  | { type: "image"; attrs: { mediaId: string } };
type ListItem = { type: "listItem"; content: Block[] };

const block: z.ZodType<Block> = z.lazy(() =>
  z.union([paragraph, heading, bulletList, orderedList, blockquote, infoBox, image]),
);
const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(block).min(1).max(200) }).strict(),
);
const bulletList = z
  .object({ type: z.literal("bulletList"), content: z.array(listItem).min(1).max(1000) })
  .strict();
const orderedList = z
  .object({
    type: z.literal("orderedList"),
    attrs: z
      .object({ start: z.number().int().min(0).max(100_000).optional(), type: z.string().max(5).nullable().optional() })
      .strict()
      .optional(),
    content: z.array(listItem).min(1).max(1000),
  })
  .strict();
const blockquote = z
  .object({
    type: z.literal("blockquote"),
    attrs: z.object({ citation: typedText(msg("articles.field.quoteAttribution"), MAX_CITATION).nullable().optional() }).strict().optional(),
    content: z.array(block).min(1).max(1000),
  })
  .strict();
const infoBox = z
  .object({
    type: z.literal("infoBox"),
    attrs: z.object({ title: typedText(msg("articles.field.infoBoxTitle"), MAX_INFOBOX_TITLE) }).strict(),
    content: z.array(block).min(1).max(200),
  })
  .strict();

export const MEDIA_ID = /^[a-f0-9]{24}$/;
const image = z
  .object({
    type: z.literal("image"),
    attrs: z.object({ mediaId: z.string().regex(MEDIA_ID, "Image: choose it from the media library.") }).strict(),
  })
  .strict();

// ProseMirror leaves out `content` when a node has none.
export const bodySchema = z
  .object({ type: z.literal("doc"), content: z.array(block).max(5000).default([]) })
  .strict();

export type BodyDoc = z.output<typeof bodySchema>;
export type BodyBlock = Block;
export type BodyInline = z.infer<typeof inline>;
export type BodyMark = z.infer<typeof mark>;

/** A new empty body (a fresh object each time: editors may mutate what they are given). */
export function emptyBody(): BodyDoc {
  return { type: "doc", content: [] };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (value && typeof value === "object" && "content" in value && Array.isArray(value.content)) {
    return Math.max(depth, ...value.content.map((child: unknown) => depthOf(child, depth + 1)));
  }
  return depth;
}

export type BodyCheck = { ok: true; body: BodyDoc } | { ok: false; message: string };

/**
 * Checks an untrusted body (JSON value) against the registry and returns it in
 * canonical form: link marks keep only `href`, empty `marks` arrays go.
 * Anything not in the registry (script, iframe, event attributes, unknown
 * attributes, javascript: links) is refused with a message, never stored.
 */
export function parseBody(input: unknown): BodyCheck {
  let size: number;
  try {
    size = JSON.stringify(input ?? null).length;
  } catch {
    return { ok: false, message: msg("articles.errors.bodyUnreadable") };
  }
  if (size > MAX_BODY_BYTES) return { ok: false, message: msg("articles.errors.bodyTooLong") };
  if (depthOf(input) > MAX_DEPTH) return { ok: false, message: msg("articles.errors.bodyTooDeep") };
  const result = bodySchema.safeParse(input);
  if (!result.success) return { ok: false, message: describeBodyIssue(result.error) };
  return { ok: true, body: canonical(result.data) };
}

function describeBodyIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return msg("articles.errors.bodyNotAllowed");
  // Our own messages (a link's scheme, a broken character, a field's length) say exactly what is wrong.
  if (isMessage(issue.message) && decodeMessage(issue.message)?.key !== "validation.invalid") return issue.message;
  // Name what was refused without echoing the input back.
  if (issue.code === "unrecognized_keys") {
    return msg("articles.errors.bodyAttribute", { keys: issue.keys.slice(0, 3).join(", ") });
  }
  if (issue.code === "invalid_union" || issue.code === "invalid_value" || issue.code === "invalid_type") {
    return msg("articles.errors.bodyElement");
  }
  return msg("articles.errors.bodyNotAllowed");
}

/** Text through the one normaliser (src/lib/text.ts); a text node left empty by it is dropped. */
function canonicalInlines(nodes: BodyInline[]): BodyInline[] {
  const out: BodyInline[] = [];
  for (const node of nodes) {
    if (node.type !== "text") {
      out.push(node);
      continue;
    }
    const text = normaliseText(node.text, "inline");
    if (!text) continue;
    const marks = node.marks?.map((m) => (m.type === "link" ? { type: "link" as const, attrs: { href: m.attrs.href.trim() } } : m));
    out.push(marks && marks.length > 0 ? { type: "text", text, marks } : { type: "text", text });
  }
  return out;
}

function canonicalBlock(node: Block): Block {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return node.content ? { ...node, content: canonicalInlines(node.content) } : node;
    case "bulletList":
    case "orderedList":
      return { ...node, content: node.content.map((item) => ({ type: "listItem", content: item.content.map(canonicalBlock) })) };
    case "blockquote": {
      const citation = node.attrs?.citation?.trim();
      return citation
        ? { type: "blockquote", attrs: { citation }, content: node.content.map(canonicalBlock) }
        : { type: "blockquote", content: node.content.map(canonicalBlock) };
    }
    case "infoBox":
      return { type: "infoBox", attrs: { title: node.attrs.title.trim() }, content: node.content.map(canonicalBlock) };
    case "image":
      return { type: "image", attrs: { mediaId: node.attrs.mediaId } };
  }
}

function canonical(doc: BodyDoc): BodyDoc {
  return { type: "doc", content: doc.content.map(canonicalBlock) };
}

/** Plain text of a body (for previews, search and counters). */
export function bodyText(doc: BodyDoc): string {
  const parts: string[] = [];
  const walkInline = (nodes?: BodyInline[]) =>
    nodes?.map((n) => (n.type === "text" ? n.text : "\n")).join("") ?? "";
  const walk = (node: Block) => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        parts.push(walkInline(node.content));
        break;
      case "bulletList":
      case "orderedList":
        node.content.forEach((item) => item.content.forEach(walk));
        break;
      case "blockquote":
        node.content.forEach(walk);
        if (node.attrs?.citation) parts.push(node.attrs.citation);
        break;
      case "infoBox":
        parts.push(node.attrs.title);
        node.content.forEach(walk);
        break;
      case "image":
        break;
    }
  };
  doc.content.forEach(walk);
  return parts.filter(Boolean).join("\n\n");
}

/** The library images a body shows, in order of appearance, each once. */
export function bodyImageIds(doc: BodyDoc): string[] {
  const ids: string[] = [];
  const walk = (node: Block) => {
    if (node.type === "image") ids.push(node.attrs.mediaId);
    else if ("content" in node && Array.isArray(node.content)) {
      for (const child of node.content) if (child && typeof child === "object" && "type" in child && child.type !== "text" && child.type !== "hardBreak") walk(child as Block);
    }
  };
  doc.content.forEach(walk);
  return [...new Set(ids)];
}

/** Builds a body from plain paragraphs and subheadings (used for the demo article). */
export function bodyFromBlocks(blocks: { type: "paragraph" | "subheading"; text: string }[]): BodyDoc {
  return {
    type: "doc",
    content: blocks.map((b) =>
      b.type === "subheading"
        ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: b.text }] }
        : { type: "paragraph", content: [{ type: "text", text: b.text }] },
    ),
  };
}
