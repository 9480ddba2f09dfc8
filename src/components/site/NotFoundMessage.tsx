import Link from "next/link";

/** The reader site's 404, in German: for a missing article (inside the site's layout) and for any address nothing answers. */
export function NotFoundMessage() {
  return (
    <main id="inhalt" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand dark:text-brand-dark">Fehler 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Diese Seite gibt es nicht</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">Vielleicht wurde der Artikel verschoben oder die Adresse ist nicht vollständig.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold underline underline-offset-2">
          Zur Startseite
        </Link>
      </p>
    </main>
  );
}
