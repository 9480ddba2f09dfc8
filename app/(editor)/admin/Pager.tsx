import Link from "next/link";

type Target = { href: string; text: string } | null;

/** Previous/next links under a paged list; nothing when it fits on one page. */
export function Pager({ label, previous, next }: { label: string; previous: Target; next: Target }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="mt-4 flex justify-between gap-4 text-sm">
      {previous ? (
        <Link href={previous.href} rel="prev" className="rounded border border-neutral-400 px-3 py-2 font-semibold hover:bg-neutral-100 dark:hover:bg-neutral-800">
          ← {previous.text}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="rounded border border-neutral-400 px-3 py-2 font-semibold hover:bg-neutral-100 dark:hover:bg-neutral-800">
          {next.text} →
        </Link>
      ) : null}
    </nav>
  );
}
