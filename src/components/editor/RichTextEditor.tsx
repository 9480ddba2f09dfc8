"use client";

// The body editor: TipTap configured with exactly the block registry's node and
// mark types, so pasted HTML (Word, Google Docs, web pages) is reduced to what
// the server accepts and the reader page renders.
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Placeholder } from "@tiptap/extensions";
import { useEffect, useId, useRef } from "react";
import { HEADING_LEVELS, isSafeHref, type BodyDoc } from "@/modules/articles/body";

type Props = {
  value: BodyDoc;
  onChange: (doc: BodyDoc) => void;
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
};

export function RichTextEditor({ value, onChange, readOnly = false, invalid, describedBy }: Props) {
  const labelId = useId();
  // TipTap normalises the document on start (a trailing paragraph); only changes
  // after someone entered the editor count as edits.
  const touched = useRef(false);
  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [...HEADING_LEVELS] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: "https",
          protocols: ["mailto"],
          isAllowedUri: (url) => isSafeHref(url),
          HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
        },
      }),
      Placeholder.configure({ placeholder: "Write the article…" }),
    ],
    content: structuredClone(value), // TipTap may modify what it is given
    editorProps: {
      handleDOMEvents: {
        focus: () => {
          touched.current = true;
          return false;
        },
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
      if (touched.current) onChange(JSON.parse(JSON.stringify(editor.getJSON())) as BodyDoc);
    },
  });

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <div>
      <span id={labelId} className="block text-sm font-semibold">
        Body
      </span>
      <div
        className={`mt-1 rounded border bg-white dark:bg-neutral-900 ${invalid ? "border-red-700" : "border-neutral-400 dark:border-neutral-600"}`}
      >
        {editor && !readOnly ? <Toolbar editor={editor} /> : null}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
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
    }),
  });

  function setLink() {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "";
    const url = window.prompt("Link address (https://…, http://… or mailto:…). Leave empty to remove the link.", previous);
    if (url === null) return;
    if (url.trim() === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!isSafeHref(url.trim())) {
      window.alert("Links must start with http://, https:// or mailto:.");
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: url.trim() }).run();
  }

  const buttons: { label: string; text: string; active: boolean; run: () => void }[] = [
    { label: "Subheading", text: "H2", active: state.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Minor subheading", text: "H3", active: state.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: "Bold", text: "B", active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { label: "Italic", text: "I", active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { label: "Link", text: "Link", active: state.link, run: setLink },
    { label: "Bulleted list", text: "• List", active: state.bulletList, run: () => editor.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", text: "1. List", active: state.orderedList, run: () => editor.chain().focus().toggleOrderedList().run() },
    { label: "Quote", text: "„Quote“", active: state.blockquote, run: () => editor.chain().focus().toggleBlockquote().run() },
  ];

  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 border-b border-neutral-300 p-1 dark:border-neutral-700">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.label}
          aria-pressed={b.active}
          title={b.label}
          onClick={b.run}
          className="rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-100 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-800 dark:aria-pressed:bg-white dark:aria-pressed:text-neutral-900"
        >
          {b.text}
        </button>
      ))}
    </div>
  );
}
