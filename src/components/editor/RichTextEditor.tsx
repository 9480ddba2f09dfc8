"use client";

// The body editor: TipTap configured with exactly the block registry's node and
// mark types (src/modules/articles/body.ts), so pasted HTML (Word, Google Docs,
// web pages) is reduced to what the server accepts and the reader page renders.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "use-intl/react";
import { Placeholder } from "@tiptap/extensions";
import { useEffect, useId, useRef, useState } from "react";
import { LinkDialog, type SearchLinks } from "./LinkDialog";
import { MAX_CITATION, MAX_INFOBOX_TITLE, type BodyDoc } from "@/modules/articles/body";
import { bodyExtensions, GermanTypography } from "./extensions";

type Props = {
  value: BodyDoc;
  onChange: (doc: BodyDoc) => void;
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** Change it to load `value` into the editor (after a paste, a restore). */
  resetToken?: number;
  /** Plain text pasted into the body; return true when it was used otherwise (a whole article). */
  onPastePlainText?: (text: string) => boolean;
  /** Opens the media picker; it calls back with the chosen image's id. */
  onPickImage?: (insert: (mediaId: string) => void) => void;
  /** The editor's visible label (its accessible name). */
  label?: string;
  placeholder?: string;
  /** The link dialog's search over the site's published articles (none: addresses only). */
  searchLinks?: SearchLinks;
};

const plain = (doc: unknown) => JSON.parse(JSON.stringify(doc)) as BodyDoc;

export function RichTextEditor({
  value,
  onChange,
  readOnly = false,
  invalid,
  describedBy,
  resetToken = 0,
  onPastePlainText,
  onPickImage,
  label: givenLabel,
  placeholder: givenPlaceholder,
  searchLinks,
}: Props) {
  const t = useTranslations("editor");
  const label = givenLabel ?? t("body");
  const placeholder = givenPlaceholder ?? t("placeholder");
  const labelId = useId();
  // TipTap normalises the document on start (a trailing paragraph); only changes
  // after someone entered the editor count as edits.
  const touched = useRef(false);
  const pasteHandler = useRef(onPastePlainText);
  useEffect(() => {
    pasteHandler.current = onPastePlainText;
  }, [onPastePlainText]);
  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: [
      ...bodyExtensions({ imageAlt: t("libraryImage") }),
      GermanTypography,
      Placeholder.configure({ placeholder }),
    ],
    content: structuredClone(value), // TipTap may modify what it is given
    editorProps: {
      handleDOMEvents: {
        focus: () => {
          touched.current = true;
          return false;
        },
      },
      handlePaste: (_view, event) => {
        const text = event.clipboardData?.getData("text/plain") ?? "";
        const html = event.clipboardData?.getData("text/html") ?? "";
        return !html && !!text && !!pasteHandler.current?.(text);
      },
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: "prose-editor px-4 py-3 font-serif text-lg leading-relaxed",
      },
    },
    // ProseMirror builds attrs as null-prototype objects, which React cannot send
    // to a server action; a JSON round trip makes them plain data.
    onUpdate: ({ editor }) => {
      if (touched.current) onChange(plain(editor.getJSON()));
    },
  });

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const lastReset = useRef(resetToken);
  useEffect(() => {
    if (!editor || resetToken === lastReset.current) return;
    lastReset.current = resetToken;
    editor.chain().setContent(structuredClone(value), { emitUpdate: false }).focus("end").run();
  }, [editor, resetToken, value]);

  return (
    <div>
      <span id={labelId} className="block text-sm font-semibold">
        {label}
      </span>
      <div
        data-readonly={readOnly || undefined}
        className={`mt-1 rounded border bg-white dark:bg-neutral-900 ${invalid ? "border-red-700" : "border-neutral-400 dark:border-neutral-600"} data-[readonly]:border-dashed data-[readonly]:bg-neutral-100 dark:data-[readonly]:bg-neutral-800`}
      >
        {editor && !readOnly ? <Toolbar editor={editor} onPickImage={onPickImage} onTouch={() => (touched.current = true)} searchLinks={searchLinks} /> : null}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

function Toolbar({ editor, onPickImage, onTouch, searchLinks }: { editor: Editor; onPickImage?: Props["onPickImage"]; onTouch: () => void; searchLinks?: SearchLinks }) {
  const t = useTranslations("editor");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      infoBox: e.isActive("infoBox"),
      citation: (e.getAttributes("blockquote").citation as string | null) ?? "",
      infoTitle: (e.getAttributes("infoBox").title as string | undefined) ?? "",
    }),
  });

  const [linkEditing, setLinkEditing] = useState<string | null>(null);
  const setLink = () => setLinkEditing((editor.getAttributes("link").href as string | undefined) ?? "");
  function applyLink(href: string, text: string) {
    setLinkEditing(null);
    onTouch();
    const chain = editor.chain().focus();
    // Nothing selected and no link under the caret: write the headline (or address) as the link's text.
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href } }] }).run();
    } else chain.extendMarkRange("link").setLink({ href }).run();
  }
  function removeLink() {
    setLinkEditing(null);
    onTouch();
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
  }

  const buttons: { label: string; text: string; active: boolean; run: () => void }[] = [
    { label: t("subheading"), text: t("subheading"), active: state.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: t("minorSubheading"), text: t("minorSubheading"), active: state.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: t("bold"), text: t("boldShort"), active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: t("italic"), text: t("italicShort"), active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { label: t("link"), text: t("link"), active: state.link, run: setLink },
    { label: t("bulletList"), text: t("bulletListShort"), active: state.bulletList, run: () => editor.chain().focus().toggleBulletList().run() },
    { label: t("numberedList"), text: t("numberedList"), active: state.orderedList, run: () => editor.chain().focus().toggleOrderedList().run() },
    { label: t("quote"), text: t("quoteShort"), active: state.blockquote, run: () => editor.chain().focus().toggleBlockquote().run() },
    { label: t("infoBox"), text: t("infoBox"), active: state.infoBox, run: () => editor.chain().focus().toggleInfoBox().run() },
    ...(onPickImage
      ? [
          {
            label: t("insertImage"),
            text: t("image"),
            active: false,
            run: () => {
              // Remember where the caret was: the picker takes the focus.
              const at = editor.state.selection.to;
              onPickImage((mediaId) => {
                onTouch();
                editor.chain().focus().setTextSelection(Math.min(at, editor.state.doc.content.size)).insertLibraryImage(mediaId).run();
              });
            },
          },
        ]
      : []),
  ];

  return (
    <div className="border-b border-neutral-300 dark:border-neutral-700">
      <div role="toolbar" aria-label={t("toolbar")} className="flex flex-wrap gap-1 p-1">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-label={b.label}
            aria-pressed={b.active}
            title={b.label}
            // A mouse press would move the focus to the button and the next keystrokes with it, until the
            // editor takes the focus back a frame later: the first letter typed after a click got lost.
            // Keyboard users still reach and press the buttons as before.
            onMouseDown={(event) => event.preventDefault()}
            onClick={b.run}
            className="rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-100 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-800 dark:aria-pressed:bg-white dark:aria-pressed:text-neutral-900"
          >
            {b.text}
          </button>
        ))}
      </div>
      {state.blockquote ? (
        <label className="flex items-center gap-2 border-t border-neutral-200 px-2 py-1 text-sm dark:border-neutral-800">
          {t("quoteAttribution")}
          <input
            value={state.citation}
            maxLength={MAX_CITATION}
            placeholder={t("quotePlaceholder")}
            onChange={(e) => editor.chain().updateAttributes("blockquote", { citation: e.target.value || null }).run()}
            className="flex-1 rounded border border-neutral-300 px-2 py-0.5 dark:border-neutral-700 dark:bg-neutral-900"
          />
        </label>
      ) : null}
      {state.infoBox ? (
        <label className="flex items-center gap-2 border-t border-neutral-200 px-2 py-1 text-sm dark:border-neutral-800">
          {t("infoBoxTitle")}
          <input
            value={state.infoTitle}
            maxLength={MAX_INFOBOX_TITLE}
            onChange={(e) => editor.chain().setInfoBoxTitle(e.target.value).run()}
            className="flex-1 rounded border border-neutral-300 px-2 py-0.5 dark:border-neutral-700 dark:bg-neutral-900"
          />
        </label>
      ) : null}
      {linkEditing !== null ? (
        <LinkDialog
          initialHref={linkEditing}
          searchLinks={searchLinks}
          onApply={applyLink}
          onRemove={linkEditing ? removeLink : null}
          onClose={() => {
            setLinkEditing(null);
            editor.commands.focus();
          }}
        />
      ) : null}
    </div>
  );
}
