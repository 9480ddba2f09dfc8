// TipTap extensions for the body editor, one per entry of the block registry
// (src/modules/articles/body.ts) plus German typing rules and paste cleaning.
import { Extension, Node, mergeAttributes, type AnyExtension } from "@tiptap/core";
import Blockquote from "@tiptap/extension-blockquote";
import StarterKit from "@tiptap/starter-kit";
import { Plugin } from "@tiptap/pm/state";
import { HEADING_LEVELS, isSafeHref, MAX_CITATION, MAX_INFOBOX_TITLE, MEDIA_ID } from "@/modules/articles/body";
import { thumbUrl } from "@/modules/media/variants";
import { cleanPastedHtml } from "@/modules/articles/paste";
import { germanQuote, germanTypography } from "@/modules/articles/typography";

/** A quote with an attribution: `citation` becomes <cite> on the reader page. */
export const QuoteWithCitation = Blockquote.extend({
  addAttributes() {
    return {
      citation: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-citation")?.slice(0, MAX_CITATION) || null,
        renderHTML: (attributes) => (attributes.citation ? { "data-citation": attributes.citation } : {}),
      },
    };
  },
});

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    libraryImage: {
      insertLibraryImage: (mediaId: string) => ReturnType;
    };
    infoBox: {
      toggleInfoBox: () => ReturnType;
      setInfoBoxTitle: (title: string) => ReturnType;
    };
  }
}

/** A titled aside („Infokasten“) holding paragraphs and lists. */
export const InfoBox = Node.create({
  name: "infoBox",
  group: "block",
  content: "(paragraph | bulletList | orderedList)+",
  defining: true,
  addAttributes() {
    return {
      title: {
        default: "Info",
        parseHTML: (element) => (element.getAttribute("data-title") ?? "Info").slice(0, MAX_INFOBOX_TITLE),
        renderHTML: (attributes) => ({ "data-title": attributes.title }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "aside.info-box" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["aside", mergeAttributes(HTMLAttributes, { class: "info-box" }), 0];
  },
  addCommands() {
    return {
      toggleInfoBox:
        () =>
        ({ commands, editor }) =>
          editor.isActive("infoBox") ? commands.lift("infoBox") : commands.wrapIn("infoBox", { title: "Info" }),
      setInfoBoxTitle:
        (title) =>
        ({ commands }) =>
          commands.updateAttributes("infoBox", { title: title.slice(0, MAX_INFOBOX_TITLE) }),
    };
  },
});

/**
 * German typing: straight quotes become „…“ / ‚…‘, "..." an ellipsis, " - " a
 * dash; pasted HTML is cleaned and pasted text corrected the same way.
 */
export const GermanTypography = Extension.create({
  name: "germanTypography",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          transformPastedText: (text) => germanTypography(text),
          handleTextInput(view, from, to, text) {
            const $from = view.state.doc.resolve(from);
            const before = $from.parent.textBetween(0, $from.parentOffset, "\n", " ");
            if (text === '"' || text === "'") {
              view.dispatch(view.state.tr.insertText(germanQuote(before, text), from, to));
              return true;
            }
            if (text === "." && before.endsWith("..")) {
              view.dispatch(view.state.tr.insertText("…", from - 2, to));
              return true;
            }
            if (text === " " && /\S -$/.test(before)) {
              view.dispatch(view.state.tr.insertText("– ", from - 1, to));
              return true;
            }
            return false;
          },
        },
      }),
    ];
  },
});

/**
 * An image from the media library: only its id is stored; alt text, caption
 * and credit come from the library when the reader page renders.
 */
/** An image from the library in the body; `alt` (the editor's own description of it) comes from the catalogue. */
export const LibraryImage = Node.create<{ alt: string }>({
  name: "image",
  addOptions() {
    return { alt: "" };
  },
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (element) => {
          const id = element.getAttribute("data-media-id");
          return id && MEDIA_ID.test(id) ? id : null;
        },
        renderHTML: (attributes) => ({ "data-media-id": attributes.mediaId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-media-id]" }];
  },
  renderHTML({ HTMLAttributes, node }) {
    const id = String(node.attrs.mediaId ?? "");
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "editor-image" }),
      ["img", { src: MEDIA_ID.test(id) ? thumbUrl(id) : "", alt: this.options.alt }],
    ];
  },
  addCommands() {
    return {
      insertLibraryImage:
        (mediaId) =>
        ({ commands }) =>
          commands.insertContent({ type: "image", attrs: { mediaId } }),
    };
  },
});

/**
 * The body's node and mark types, as the editor and the collaboration server
 * both build their ProseMirror schema from them (src/modules/collab): the
 * block registry's types and nothing else.
 */
export function bodyExtensions({ imageAlt = "", history = true }: { imageAlt?: string; history?: boolean } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // Co-editing brings its own undo (each person undoes their own typing).
      undoRedo: history ? undefined : false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["mailto"],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    QuoteWithCitation,
    InfoBox,
    LibraryImage.configure({ alt: imageAlt }),
  ];
}
