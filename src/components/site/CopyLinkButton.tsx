/** "Link kopieren": hidden until public/reader.js finds a clipboard (scripts on), then says so when done. */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <li hidden data-copy-link={url} className="flex items-center gap-2">
      <button type="button" className="rounded border border-neutral-400 px-3 py-1.5 font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
        Link kopieren
      </button>
      <span role="status" className="text-sm" />
    </li>
  );
}
