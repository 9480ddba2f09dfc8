// "Teilen": plain links to the networks' own share pages. No third-party
// script, no counter, no tracking: nothing leaves the reader's browser until
// they click.
import { CopyLinkButton } from "./CopyLinkButton";

export function shareTargets(url: string, title: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { label: "Per E-Mail", href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}`, external: false },
    { label: "Per WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`, external: true },
    { label: "Auf X", href: `https://x.com/intent/post?text=${t}&url=${u}`, external: true },
    { label: "Auf Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, external: true },
  ];
}

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="teilen" className="mt-8 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <h2 id="teilen" className="text-sm font-bold uppercase tracking-wide text-neutral-700 dark:text-neutral-300">
        Artikel teilen
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {shareTargets(url, title).map((target) => (
          <li key={target.label}>
            <a
              href={target.href}
              {...(target.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
              className="inline-block rounded border border-neutral-400 px-3 py-1.5 font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
            >
              {target.label}
            </a>
          </li>
        ))}
        <CopyLinkButton url={url} />
      </ul>
    </section>
  );
}
